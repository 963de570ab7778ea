// A project's first scan counts its groups while writing (fresh-counts.ts) instead of recounting
// the table: the rows it leaves, in rowid order, are the ones rebuildFindingCounts writes.
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../analyzer/types.js';
import type { StoreDb } from './open-store.js';
import { ensureProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { rebuildFindingCounts } from './finding-counts.js';
import { day, finding, manyFindings, scan } from './testing/synthetic.js';
import { removeTempDirs, tempStore } from './testing/temp-db.js';

afterAll(removeTempDirs);

const kept = (db: StoreDb) => ({
  counts: db.prepare('SELECT rowid, * FROM finding_counts ORDER BY rowid').all(),
  paths: db.prepare('SELECT * FROM finding_paths ORDER BY project_id, path, rule_id').all(),
});

/** Findings whose groups differ in every column a first scan can vary, texts that sort differently as UTF-16 and UTF-8 among them. */
function varied(): Finding[] {
  const out = manyFindings(400);
  const odd = ['PY-Ω', 'PY-\u{1F600}', 'PY-\uFF01', 'py-lower', 'PY-1|2', 'PY-1', '2:PY'];
  odd.forEach((ruleId, i) => {
    out.push(finding({ fingerprint: `odd-${i}`, ruleId, kind: i % 2 ? 'hotspot' : 'vulnerability', suppressed: i % 3 === 0, tool: i % 2 ? 'bandit' : 'assay', path: `p|${i}.py` }));
    out.push({ ...finding({ fingerprint: `odd-title-${i}`, ruleId }), title: `t${odd[odd.length - 1 - i]}`, confidence: i % 2 ? 'low' : 'medium' });
  });
  out.push({ ...finding({ fingerprint: 'config-suppressed', suppressed: true }), suppression: { kind: 'config', justification: null, line: 3 } });
  // A repeated fingerprint counts once, as it is written once.
  out.push(finding({ fingerprint: 'odd-1', ruleId: 'PY-OTHER' }));
  return out;
}

describe('the kept counts of a first scan', () => {
  it('are the rows a recount writes, in the same order', () => {
    const { db } = tempStore();
    const project = ensureProject(db, { rootPath: '/p' });
    ensureProject(db, { rootPath: '/q' });
    recordScan(db, project.id, scan(varied(), { startedAt: day(1) }));
    const counted = kept(db);
    expect(counted.counts.length).toBeGreaterThan(40);
    db.transaction(() => rebuildFindingCounts(db, project.id))();
    expect(kept(db)).toEqual(counted);
  });

  it('leave a project with findings to the recount, and the triggers keep the counts after', () => {
    const { db } = tempStore();
    const project = ensureProject(db, { rootPath: '/p' });
    recordScan(db, project.id, scan(varied(), { startedAt: day(1) }));
    recordScan(db, project.id, scan([...varied().slice(100), ...manyFindings(50, 9000)], { startedAt: day(2) }));
    const second = kept(db);
    db.transaction(() => rebuildFindingCounts(db, project.id))();
    expect(kept(db).paths).toEqual(second.paths);
    const groups = (rows: unknown[]) => rows.map((r) => JSON.stringify({ ...(r as object), rowid: undefined })).sort();
    expect(groups(kept(db).counts)).toEqual(groups(second.counts));
    expect(db.prepare('SELECT count(*) FROM finding_counts_pending').pluck().get()).toBe(0);
  });
});
