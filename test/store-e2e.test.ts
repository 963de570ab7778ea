// The store end to end with the real analyzer and the real command line: scan a copy of the demo
// project, triage, fix one vulnerability, shift another by 20 lines, rescan — history must show
// exactly one fixed and zero new, and the shifted finding must keep its triage decision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../cli/main.js';
import type { CliIo } from '../cli/command.js';
import {
  openStore, requireProjectByRoot, listFindings, getFinding, complianceHistory, validAttestations, listScans, type StoreDb, type FindingRow,
} from '../store/index.js';

const DEMO = fileURLToPath(new URL('./fixtures/demo-shop', import.meta.url));
let work: string;
let project: string;
let dbFile: string;

async function assay(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { add(String(chunk)); cb(); } });
  const io: CliIo = { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), cwd: work, env: { ...process.env, ASSAY_DATA_DIR: join(work, 'data') } };
  const code = await run(args, io);
  return { code, out, err };
}

function withDb<T>(fn: (db: StoreDb) => T): T {
  const db = openStore(dbFile);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const ALL = { kind: ['vulnerability', 'hotspot'], lifecycle: ['new', 'persisting', 'fixed', 'reopened'], triage: ['open', 'confirmed', 'false_positive', 'accepted_risk'], suppressed: 'any' } as const;

function findAt(rows: readonly FindingRow[], path: string, line: number, cwe: number): FindingRow {
  const hit = rows.find((r) => r.path === path && r.startLine === line && r.cwe.includes(cwe));
  if (!hit) throw new Error(`no CWE-${cwe} finding at ${path}:${line}; found: ${rows.filter((r) => r.path === path).map((r) => `${r.startLine}:${r.cwe.join(',')}`).join(' ')}`);
  return hit;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'assay-store-e2e-'));
  project = join(work, 'demo-shop');
  cpSync(DEMO, project, { recursive: true });
  dbFile = join(work, 'history.db');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

// Two real scans of the demo project take ~15 s each on a loaded 2-core machine: room beyond the default 60 s.
describe('store end to end (real analyzer, real CLI)', { timeout: 240_000 }, () => {
  let sqlFinding: FindingRow;
  let debugFinding: FindingRow;

  it('scan records into --db; findings and history read it back', async () => {
    const scan = await assay(['scan', 'demo-shop', '--db', dbFile, '--format', 'json', '--output', join(work, 'first.json'), '--quiet']);
    // -q keeps the one line that matters.
    expect(scan.err).toMatch(/^Recorded scan #1: \d+ new, 0 fixed, 0 reopened\n$/);
    expect(scan.code).toBe(0);
    const rows = withDb((db) => listFindings(db, requireProjectByRoot(db, project).id, { filter: ALL, limit: 1000 }).rows);
    expect(rows.length).toBeGreaterThan(10);
    sqlFinding = findAt(rows, 'catalog/views.py', 37, 89);
    debugFinding = findAt(rows, 'shop/settings.py', 10, 489);
    expect(sqlFinding.lifecycle).toBe('new');

    const history = await assay(['history', 'demo-shop', '--db', dbFile, '--json']);
    expect(history.code).toBe(0);
    const h = JSON.parse(history.out) as { totals: { new: number; fixed: number }; hotspots: { totals: { new: number } } }[];
    expect(h).toHaveLength(1);
    // The history counts vulnerabilities and hotspots apart; together they are every finding.
    expect(h[0]!.totals.new + h[0]!.hotspots.totals.new).toBe(rows.length);
    expect(h[0]!.hotspots.totals.new).toBe(rows.filter((r) => r.kind === 'hotspot').length);

    const text = await assay(['findings', 'demo-shop', '--db', dbFile, '--severity', 'high']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^\d[\d,]* findings?\.$/m);
  });

  it('triage by fingerprint prefix; justification is required', async () => {
    const missing = await assay(['triage', sqlFinding.fingerprint.slice(0, 10), '--status', 'false_positive', '--db', dbFile]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/needs a justification/);
    const ok = await assay(['triage', sqlFinding.fingerprint.slice(0, 10), '--status', 'false_positive', '--reason', 'term is validated by the URL pattern', '--db', dbFile]);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
  });

  it('fix one vulnerability, insert 20 lines above another, rescan: one fixed, zero new, triage kept', async () => {
    const settings = join(project, 'shop/settings.py');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace('DEBUG = True  # vuln: CWE-489', 'DEBUG = False'));
    const views = join(project, 'catalog/views.py');
    const padding = Array.from({ length: 20 }, (_, i) => `PAGE_SIZE_${i} = ${i + 10}`).join('\n');
    writeFileSync(views, `${padding}\n${readFileSync(views, 'utf8')}`);

    const rescan = await assay(['scan', 'demo-shop', '--db', dbFile, '--format', 'json', '--output', join(work, 'second.json'), '--quiet']);
    expect(rescan.code).toBe(0);
    expect(rescan.err).toBe('Recorded scan #2: 0 new, 1 fixed, 0 reopened\n');

    const history = JSON.parse((await assay(['history', 'demo-shop', '--db', dbFile, '--json'])).out) as { totals: { new: number; fixed: number; reopened: number; open: number } }[];
    expect(history).toHaveLength(2);
    expect(history[1]!.totals).toMatchObject({ new: 0, fixed: 1, reopened: 0 });
    // The false positive no longer counts as open.
    expect(history[1]!.totals.open).toBe(history[0]!.totals.open - 2);

    withDb((db) => {
      const shifted = getFinding(db, sqlFinding.id)!;
      expect(shifted).toMatchObject({ fingerprint: sqlFinding.fingerprint, startLine: 57, lifecycle: 'persisting', triage: 'false_positive' });
      expect(shifted.sightings.map((s) => s.startLine)).toEqual([37, 57]);
      expect(shifted.triageHistory.map((t) => t.reason)).toEqual(['term is validated by the URL pattern']);
      expect(getFinding(db, debugFinding.id)).toMatchObject({ lifecycle: 'fixed' });
    });

    const fp = JSON.parse((await assay(['findings', 'demo-shop', '--db', dbFile, '--status', 'false_positive', '--json'])).out) as { total: number; rows: FindingRow[] };
    expect(fp.rows.map((r) => r.fingerprint)).toEqual([sqlFinding.fingerprint]);
    const fixed = JSON.parse((await assay(['findings', 'demo-shop', '--db', dbFile, '--status', 'fixed', '--json'])).out) as { rows: FindingRow[] };
    expect(fixed.rows.map((r) => r.fingerprint)).toEqual([debugFinding.fingerprint]);
  });

  it('every recorded scan carries an ASVS coverage snapshot; an attestation is recorded for the project', async () => {
    const attest = await assay(['attest', 'V6.1.1', '--status', 'pass', '--evidence', 'authentication documentation reviewed', '--project', 'demo-shop', '--db', dbFile]);
    expect(attest.err).toBe('');
    expect(attest.code).toBe(0);
    withDb((db) => {
      const projectId = requireProjectByRoot(db, project).id;
      const compliance = complianceHistory(db, projectId);
      expect(compliance).toHaveLength(2);
      for (const c of compliance) {
        expect(c.asvsVersion).toBe('5.0.0');
        const l2 = c.levels.find((l) => l.level === 2)!;
        expect(l2.total).toBeGreaterThan(100);
        expect(l2.counts.failing).toBeGreaterThan(0);
        expect(l2.counts.not_verified).toBeGreaterThan(0);
      }
      expect(validAttestations(db, projectId, '5.0.0').map((a) => a.requirementId)).toEqual(['V6.1.1']);
    });
  });

  it('the JSON of a CI run imports into another database as the same findings', async () => {
    const other = join(work, 'ci.db');
    const imported = await assay(['import', 'demo-shop', join(work, 'first.json'), '--db', other, '--json']);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    const out = JSON.parse(imported.out) as { format: string; scans: { tool: string; newFindings: number }[] };
    const db = openStore(other);
    try {
      const projectId = requireProjectByRoot(db, project).id;
      expect(out.format).toBe('assay-json');
      expect(listScans(db, projectId).map((s) => s.status)).toEqual(['imported']);
      const fps = listFindings(db, projectId, { filter: ALL, limit: 1000 }).rows.map((r) => r.fingerprint);
      expect(fps).toContain(sqlFinding.fingerprint);
      expect(out.scans[0]!.newFindings).toBe(fps.length);
    } finally {
      db.close();
    }
  });

  it('commands on a project never scanned say what to do', async () => {
    const r = await assay(['history', 'elsewhere', '--db', dbFile]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/No scans recorded for .*elsewhere in this database\. Run `assay scan .*elsewhere` first/);
  });
});
