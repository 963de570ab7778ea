// The batched findings writer stores exactly what the row-by-row writer did: the same history is
// recorded through both, and every table of the two databases is compared row for row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { scanProject } from '../analyzer/scan.js';
import type { Finding } from '../analyzer/types.js';
import type { StoreDb } from './open-store.js';
import { ensureProject } from './projects.js';
import { recordScanWith, recordScan } from './record-scan.js';
import { writeFindingsBatched, type FindingsWriter } from './findings-writer.js';
import { writeFindingsRowByRow } from './testing/reference-findings-writer.js';
import { recordTriage } from './triage.js';
import { scanInputFromResult, type ScanInput } from './scan-input.js';
import { day, finding, manyFindings, scan } from './testing/synthetic.js';
import { removeTempDirs, tempStore } from './testing/temp-db.js';

afterAll(removeTempDirs);

const DEMO = fileURLToPath(new URL('../test/fixtures/demo-shop', import.meta.url));
let demo: ScanInput;

beforeAll(async () => {
  demo = scanInputFromResult(await scanProject(DEMO, { workers: 0 }));
}, 120_000);

/**
 * Every row of every table (the ledger and the projects' creation times aside: the clock), in a stable order.
 * The search index is compared by its rows; its FTS5 shadow tables hold SQLite's own segment layout.
 */
function dump(db: StoreDb): Record<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' AND name NOT LIKE 'finding\\_search\\_%' ESCAPE '\\' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT * FROM "${t}"`).all() as object[]).map((r) => JSON.stringify({ ...r, created_at: undefined })).sort()]));
}

/** A finding changed in place: moved, re-worded, with another CWE list and a suppression. */
function edited(f: Finding, i: number): Finding {
  return {
    ...f,
    range: { start: { line: f.range.start.line + 3, column: 1 }, end: { line: f.range.end.line + 3, column: 9 } },
    message: `${f.message} (edited ${i})`,
    cwe: [...f.cwe, 20, 20],
    suppression: i % 2 === 0 ? { kind: 'nosec', justification: null, line: f.range.start.line } : f.suppression,
  };
}

/** One history touching every path of the writer; `record` is recordScan with the writer under test. */
function history(writer: FindingsWriter): Record<string, string[]> {
  const { db } = tempStore();
  const record = (projectId: number, input: ScanInput, n: number) => recordScanWith(writer, db, projectId, input, { now: day(n, 12) });
  const p = ensureProject(db, { rootPath: '/srv/shop' }).id;
  const q = ensureProject(db, { rootPath: '/srv/other' }).id;
  // More findings than one multi-row statement holds, with repeated fingerprints.
  const base = manyFindings(2_345);
  record(p, scan([...base, base[7]!, { ...base[8]!, path: 'dup/other.py' }], { startedAt: day(0) }), 0);
  record(q, scan(manyFindings(700, 90_000), { startedAt: day(0, 1) }), 0);
  recordTriage(db, { findingId: 5, status: 'false_positive', reason: 'test data', at: day(1) });
  recordTriage(db, { findingId: 9, status: 'accepted_risk', reason: 'later', expiresAt: day(30), at: day(1) });
  // Persisting, edited, fixed (400 gone) and new, in one scan.
  const second = [...base.slice(0, 1_800).map((f, i) => (i % 9 === 0 ? edited(f, i) : f)), ...manyFindings(300, 50_000)];
  record(p, scan(second, { startedAt: day(2) }), 2);
  // Cancelled: fixes nothing; another tool's import; then the old findings come back (reopened).
  record(p, scan(base.slice(0, 100), { startedAt: day(3), status: 'cancelled' }), 3);
  record(p, scan([finding({ fingerprint: 'bandit:1', tool: 'bandit' }), finding({ fingerprint: 'bandit:2', tool: 'bandit', cwe: [78, 78] })], { tool: 'bandit', status: 'imported', startedAt: day(4) }), 4);
  record(p, scan(base, { startedAt: day(5) }), 5);
  // Real findings with traces from the analyzer, as a project of their own and then into the first.
  const r = ensureProject(db, { rootPath: DEMO }).id;
  record(r, { ...demo, startedAt: day(6) }, 6);
  record(p, { ...demo, startedAt: day(7) }, 7);
  // Foreign keys are not enforced while a scan is recorded (recording-transaction.ts): every key must still hold.
  expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  const out = dump(db);
  db.close();
  return out;
}

describe('batched findings writer', () => {
  it('stores exactly what the row-by-row writer stored, table by table', () => {
    const reference = history(writeFindingsRowByRow);
    const batched = history(writeFindingsBatched);
    expect(reference.findings!.length).toBeGreaterThan(3_000);
    // Links are shared: a few sets for thousands of findings, each finding pointing at one.
    expect(reference.link_set_asvs!.length).toBeGreaterThan(reference.link_sets!.length);
    expect(reference.link_sets!.length).toBeLessThan(reference.findings!.length / 4);
    expect(reference.findings!.every((r) => JSON.parse(r).link_set_id > 0)).toBe(true);
    expect(reference.occurrences!.length).toBeGreaterThan(7_000);
    expect(demo.findings.some((f) => f.trace.length > 0)).toBe(true);
    expect(Object.keys(batched)).toEqual(Object.keys(reference));
    for (const table of Object.keys(reference)) expect({ table, rows: batched[table] }).toEqual({ table, rows: reference[table] });
  });

  it('fails whole: a bad row in the last batch leaves nothing of the scan', () => {
    const { db } = tempStore();
    const p = ensureProject(db, { rootPath: '/srv/shop' }).id;
    const bad = manyFindings(1_200);
    (bad[1_150] as { severity: string }).severity = 'catastrophic';
    expect(() => recordScan(db, p, scan(bad))).toThrow(/CHECK constraint/);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT (SELECT count(*) FROM findings) + (SELECT count(*) FROM occurrences) + (SELECT count(*) FROM scans) + (SELECT count(*) FROM finding_details)').pluck().get()).toBe(0);
    db.close();
  });
});
