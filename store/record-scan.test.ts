import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { listFindings, getFinding } from './queries/findings.js';
import { scanHistory } from './queries/history.js';
import { listScans, skippedFiles } from './queries/scans.js';
import { day, finding, scan } from './testing/synthetic.js';
import { removeTempDirs, tempStore } from './testing/temp-db.js';
import type { StoreDb } from './open-store.js';

afterAll(removeTempDirs);

function setup(): { db: StoreDb; projectId: number } {
  const { db } = tempStore();
  return { db, projectId: ensureProject(db, { rootPath: '/srv/app' }).id };
}

const lifecycleOf = (db: StoreDb, projectId: number): Record<string, string> =>
  Object.fromEntries(listFindings(db, projectId, { filter: { lifecycle: ['new', 'persisting', 'fixed', 'reopened'], triage: ['open', 'confirmed', 'false_positive', 'accepted_risk'], suppressed: 'any' }, limit: 1000 }).rows.map((r) => [r.fingerprint, r.lifecycle]));

describe('recordScan', () => {
  it('derives new, persisting, fixed and reopened from complete scans', () => {
    const { db, projectId } = setup();
    const a = finding({ fingerprint: 'a' });
    const b = finding({ fingerprint: 'b', severity: 'critical' });
    const c = finding({ fingerprint: 'c' });
    expect(recordScan(db, projectId, scan([a, b], { startedAt: day(0) }))).toMatchObject({ newFindings: 2, fixed: 0 });
    expect(lifecycleOf(db, projectId)).toEqual({ a: 'new', b: 'new' });

    expect(recordScan(db, projectId, scan([a, c], { startedAt: day(1) }))).toMatchObject({ newFindings: 1, persisting: 1, fixed: 1 });
    expect(lifecycleOf(db, projectId)).toEqual({ a: 'persisting', b: 'fixed', c: 'new' });

    expect(recordScan(db, projectId, scan([a, b, c], { startedAt: day(5) }))).toMatchObject({ reopened: 1, persisting: 2, fixed: 0 });
    expect(lifecycleOf(db, projectId)).toEqual({ a: 'persisting', b: 'reopened', c: 'persisting' });

    const detail = getFinding(db, listFindings(db, projectId, { filter: { severity: ['critical'] } }).rows[0]!.id)!;
    expect(detail.openedAt).toBe(day(5));
    expect(detail.sightings.map((s) => s.lifecycle)).toEqual(['new', 'reopened']);

    const history = scanHistory(db, projectId);
    expect(history.map((h) => [h.totals.new, h.totals.fixed, h.totals.reopened, h.totals.open])).toEqual([[2, 0, 0, 2], [1, 1, 0, 2], [0, 0, 1, 3]]);
    expect(history[1]!.fixed.critical).toBe(1);
  });

  it('a cancelled or failed scan fixes nothing', () => {
    const { db, projectId } = setup();
    recordScan(db, projectId, scan([finding({ fingerprint: 'a' }), finding({ fingerprint: 'b' })]));
    expect(recordScan(db, projectId, scan([finding({ fingerprint: 'a' })], { status: 'cancelled', startedAt: day(1) })).fixed).toBe(0);
    expect(recordScan(db, projectId, scan([], { status: 'failed', startedAt: day(2), error: 'worker crashed' })).fixed).toBe(0);
    expect(lifecycleOf(db, projectId)).toEqual({ a: 'persisting', b: 'new' });
    expect(listScans(db, projectId).map((s) => s.status)).toEqual(['complete', 'cancelled', 'failed']);
    expect(recordScan(db, projectId, scan([finding({ fingerprint: 'a' })], { startedAt: day(3) })).fixed).toBe(1);
  });

  it("a complete scan by one tool does not fix another tool's findings", () => {
    const { db, projectId } = setup();
    recordScan(db, projectId, scan([finding({ fingerprint: 'bandit:x', tool: 'bandit' })], { tool: 'bandit', status: 'imported' }));
    recordScan(db, projectId, scan([finding({ fingerprint: 'a' })], { startedAt: day(1) }));
    expect(lifecycleOf(db, projectId)).toEqual({ 'bandit:x': 'new', a: 'new' });
    recordScan(db, projectId, scan([], { tool: 'bandit', status: 'imported', startedAt: day(2) }));
    expect(lifecycleOf(db, projectId)).toEqual({ 'bandit:x': 'fixed', a: 'new' });
  });

  it('updates location and details of a known finding without changing its identity', () => {
    const { db, projectId } = setup();
    recordScan(db, projectId, scan([finding({ fingerprint: 'a', line: 10, cwe: [89] })]));
    const id = listFindings(db, projectId).rows[0]!.id;
    recordScan(db, projectId, scan([finding({ fingerprint: 'a', line: 30, cwe: [89, 564] })], { startedAt: day(1) }));
    const row = listFindings(db, projectId).rows[0]!;
    expect(row).toMatchObject({ id, startLine: 30, cwe: [89, 564], lifecycle: 'persisting' });
    expect(getFinding(db, id)!.sightings.map((s) => s.startLine)).toEqual([10, 30]);
  });

  it('keeps the first of a repeated fingerprint, records skips, frameworks, rules and git facts', () => {
    const { db, projectId } = setup();
    const out = recordScan(db, projectId, scan([finding({ fingerprint: 'a' }), finding({ fingerprint: 'a', line: 99 })]));
    expect(out.duplicates).toBe(1);
    expect(listFindings(db, projectId).rows.map((r) => r.startLine)).toEqual([10]);
    const [s] = listScans(db, projectId);
    expect(s).toMatchObject({ gitCommit: 'abc123', gitBranch: 'main', gitDirty: false, frameworks: ['django'], rulesRun: ['PY-INJ-SQL', 'PY-XSS'], filesSkipped: 1 });
    expect(skippedFiles(db, s!.id)).toEqual([{ path: 'big.py', reason: 'too-large', detail: '3 MB > 2 MB' }]);
  });

  it('counts suppressed findings apart from open ones', () => {
    const { db, projectId } = setup();
    recordScan(db, projectId, scan([finding({ fingerprint: 'a' }), finding({ fingerprint: 's', suppressed: true })]));
    expect(scanHistory(db, projectId)[0]!.totals).toMatchObject({ open: 1, suppressed: 1, new: 2 });
    expect(listFindings(db, projectId).total).toBe(1);
    expect(listFindings(db, projectId, { filter: { suppressed: true } }).rows.map((r) => r.suppression)).toEqual(['nosec']);
  });

  it('writes nothing when the scan fails mid-transaction', () => {
    const { db, projectId } = setup();
    recordScan(db, projectId, scan([finding({ fingerprint: 'a' })]));
    const bad = finding({ fingerprint: 'b' });
    (bad as { severity: string }).severity = 'catastrophic';
    expect(() => recordScan(db, projectId, scan([finding({ fingerprint: 'c' }), bad], { startedAt: day(1) }))).toThrow(/CHECK constraint/);
    expect(listScans(db, projectId)).toHaveLength(1);
    expect(lifecycleOf(db, projectId)).toEqual({ a: 'new' });
  });
});
