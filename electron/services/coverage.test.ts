// The grouped coverage computation must decide exactly what the store's per-finding one decides.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allRules } from '../../analyzer/rules/index.js';
import type { Finding, ScanResult } from '../../analyzer/types.js';
import { ensureProject, openStore, recordAttestation, recordScan, scanInputFromResult, type StoreDb } from '../../store/index.js';
import { liveCoverage } from './coverage.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function finding(i: number, ruleIndex: number, suppressed = false): Finding {
  const rule = allRules[ruleIndex % allRules.length]!;
  return {
    ruleId: rule.id, title: rule.title, cwe: rule.cwe, asvs: rule.asvs, severity: rule.severity, confidence: rule.confidence, kind: rule.kind,
    path: `app/m${i}.py`, range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 9 } }, message: 'm', snippet: 's', trace: [], fix: 'f',
    fingerprint: (i + 1).toString(16).padStart(8, '0'), suppression: suppressed ? { kind: 'nosec', justification: null, line: i + 1 } : null, tool: 'assay',
  };
}

function setup(): { db: StoreDb; projectId: number; scanId: number } {
  const dir = mkdtempSync(join(tmpdir(), 'assay-cov-'));
  dirs.push(dir);
  const db = openStore(join(dir, 'a.db'));
  const project = ensureProject(db, { rootPath: dir, name: 'p' });
  const findings = Array.from({ length: 60 }, (_, i) => finding(i, i * 7, i % 13 === 0));
  const now = new Date().toISOString();
  const result: ScanResult = {
    root: dir, startedAt: now, finishedAt: now, analyzerVersion: 't', rulesetVersion: 't', frameworks: ['django', 'flask'], rulesRun: allRules.map((r) => r.id),
    files: [], skipped: [], findings, stats: { filesScanned: 1, filesSkipped: 0, linesScanned: 1, partialFiles: 0, durationMs: 1, parseMs: 0, taintMs: 0 },
    git: { commit: null, branch: null, dirty: null }, cancelled: false,
  };
  const { scanId } = recordScan(db, project.id, scanInputFromResult(result));
  return { db, projectId: project.id, scanId };
}

describe('live coverage for the pages', () => {
  it('sees a new attestation at once (the memo is keyed on the data)', () => {
    const { db, projectId, scanId } = setup();
    const before = liveCoverage(db, projectId, scanId, '5.0.0', 2).total.counts['passing_attested'];
    recordAttestation(db, { projectId, requirementId: 'V13.4.1', status: 'pass', evidence: 'checked' });
    expect(liveCoverage(db, projectId, scanId, '5.0.0', 2).total.counts['passing_attested']).toBe(before + 1);
  });
});
