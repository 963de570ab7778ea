// A scan with a file past its dataflow budget goes on, and every output says which file was only
// partially analysed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import { allRules } from '../analyzer/rules/index.js';
import { backwardChainLoops, nestedLoops } from '../analyzer/taint/shapes/hostile-shapes.js';
import { toScanJson } from '../report/scan-json.js';
import { toSarif } from '../report/sarif.js';
import { scanSummary } from '../cli/summary.js';
import { scanCoverageSummary } from '../cli/commands/asvs.js';
import { allRuleScopes } from '../analyzer/rules/scopes.js';
import { asvsCoverageProvider, coverageSnapshot, ensureProject, openStore, prepareImport, recordImport, recordScan, scanInputFromResult } from '../store/index.js';

describe('a scan with a file past its budget', () => {
  it('goes on, and says "partially analysed: budget exceeded" in JSON, SARIF and the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-budget-'));
    try {
      writeFileSync(join(dir, 'deep.py'), backwardChainLoops(3, 30));
      writeFileSync(join(dir, 'grid.py'), nestedLoops(24));
      writeFileSync(join(dir, 'other.py'), 'import yaml\nyaml.load(open("x"))\n');
      const result = await scanProject(dir, { workers: 0 });
      expect(result.cancelled).toBe(false);
      expect(result.files.map((f) => [f.path, f.budgetExceeded ?? false])).toEqual([
        ['deep.py', true],
        ['grid.py', false],
        ['other.py', false],
      ]);
      expect(result.stats.budgetExceededFiles).toBe(1);
      expect(result.findings.map((f) => `${f.path}:${f.ruleId}`)).toEqual(expect.arrayContaining(['grid.py:PY-INJ-SQL', 'other.py:PY-DESER-YAML']));
      expect(toScanJson(result).files.find((f) => f.path === 'deep.py')?.budgetExceeded).toBe(true);
      const notes = toSarif(result, allRules).runs[0]!.invocations![0]!.toolExecutionNotifications ?? [];
      const note = notes.find((n) => n.message.text.startsWith('Partially analysed: budget exceeded'));
      expect(note?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('deep.py');
      expect(scanSummary(result)).toMatch(/1 file partially analysed: budget exceeded .*deep\.py/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// "Partially analysed: budget exceeded" reaches the ASVS statuses: a dataflow requirement that a
// complete analysis of the same handlers passes is not verified once a file's analysis was cut
// short — in the recorded snapshot, after a JSON export and import, and in the CLI's coverage.
const APP = `import sqlite3
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.get("/orders")
def orders():
    db = sqlite3.connect("shop.db")
    rows = db.execute("SELECT id FROM orders WHERE customer = ?", [request.args.get("c", "")]).fetchall()
    subprocess.run(["true"])
    return {"rows": rows}
`;

describe('budget exceeded reaches the ASVS statuses', () => {
  it('scan → store → coverage snapshot, scan JSON import, and the CLI summary: not verified, saying why', async () => {
    const clean = mkdtempSync(join(tmpdir(), 'assay-budget-clean-'));
    const cut = mkdtempSync(join(tmpdir(), 'assay-budget-cut-'));
    const dbDir = mkdtempSync(join(tmpdir(), 'assay-budget-db-'));
    try {
      writeFileSync(join(clean, 'app.py'), APP);
      writeFileSync(join(cut, 'app.py'), APP);
      writeFileSync(join(cut, 'deep.py'), backwardChainLoops(3, 30));
      const full = await scanProject(clean, { workers: 0 });
      const partial = await scanProject(cut, { workers: 0 });
      expect(full.facts?.budgetExceeded ?? 0).toBe(0);
      expect(partial.facts?.budgetExceeded).toBe(1);

      const db = openStore(join(dbDir, 'h.db'));
      const statuses = (result: typeof full) => {
        const project = ensureProject(db, { rootPath: result.root });
        const { scanId } = recordScan(db, project.id, scanInputFromResult(result), { coverage: asvsCoverageProvider(allRuleScopes) });
        return new Map(coverageSnapshot(db, scanId).map((r) => [r.requirementId, r]));
      };
      const before = statuses(full);
      const after = statuses(partial);
      // Requirements that dataflow rules passed on the complete analysis.
      const dataflow = new Set(allRuleScopes.filter((r) => r.needs.some((p) => p.kind === 'request_handlers')).flatMap((r) => r.asvs['5.0.0']));
      const earned = [...before.values()].filter((r) => r.status === 'passing_automated' && dataflow.has(r.requirementId));
      expect(earned.length).toBeGreaterThan(0);
      // None keeps its pass; a flow found in the cut file still fails its requirement, the rest say why they are not verified.
      const notVerified = earned.filter((r) => after.get(r.requirementId)?.status !== 'failing');
      expect(notVerified.length).toBeGreaterThan(0);
      for (const r of earned) expect(after.get(r.requirementId)?.status).not.toBe('passing_automated');
      for (const r of notVerified) {
        expect(after.get(r.requirementId)).toMatchObject({ status: 'not_verified', reason: expect.stringMatching(/1 file partially analysed: budget exceeded/) });
      }

      // The same after `assay scan --format json` and `assay import`.
      const exported = join(dbDir, 'scan.json');
      writeFileSync(exported, JSON.stringify(toScanJson(partial)));
      const imported = openStore(join(dbDir, 'imported.db'));
      const outcome = recordImport(imported, prepareImport(exported, partial.root), { coverage: asvsCoverageProvider(allRuleScopes) });
      const importedRows = new Map(coverageSnapshot(imported, outcome.scans[0]!.scanId).map((r) => [r.requirementId, r]));
      for (const r of notVerified) expect(importedRows.get(r.requirementId)?.status).toBe('not_verified');
      imported.close();
      db.close();

      // And what `assay scan` prints about coverage.
      const summary = scanCoverageSummary(partial, '5.0.0', 3);
      expect(JSON.stringify(summary)).toMatch(/partially analysed: budget exceeded/);
    } finally {
      for (const d of [clean, cut, dbDir]) rmSync(d, { recursive: true, force: true });
    }
  }, 120_000);
});
