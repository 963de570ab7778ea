// Indexes and triggers taken out for a bulk write come back exactly as they were: same definitions,
// same planner statistics, index entries that agree with the table (integrity_check), and after a
// failed write the rollback brings them back too. A first scan large enough to build the wide
// indexes in bulk leaves the same schema and a consistent database.
import { afterAll, describe, expect, it } from 'vitest';
import type { StoreDb } from './open-store.js';
import { ensureProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { withoutSchemaObjects } from './deferred-schema.js';
import { listFindings } from './queries/findings.js';
import { day, manyFindings, scan } from './testing/synthetic.js';
import { removeTempDirs, tempStore } from './testing/temp-db.js';

afterAll(removeTempDirs);

const schema = (db: StoreDb) => db.prepare("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name").all();
const stats = (db: StoreDb) => db.prepare('SELECT tbl, idx, stat FROM sqlite_stat1 ORDER BY tbl, idx').all();
const present = (db: StoreDb, name: string) => db.prepare('SELECT count(*) FROM sqlite_master WHERE name = ?').pluck().get(name) === 1;

describe('withoutSchemaObjects', () => {
  it('drops the named index and trigger for the write and restores them, statistics included', () => {
    const { db } = tempStore();
    const p = ensureProject(db, { rootPath: '/srv/a' }).id;
    recordScan(db, p, scan(manyFindings(300), { startedAt: day(0) }), { now: day(0, 1) });
    db.exec('ANALYZE findings');
    const before = { schema: schema(db), stats: stats(db) };
    expect(before.stats.some((s) => (s as { idx: string }).idx === 'findings_open')).toBe(true);
    db.transaction(() =>
      withoutSchemaObjects(db, ['findings_open', 'finding_counts_insert', 'no_such_index'], () => {
        expect(present(db, 'findings_open')).toBe(false);
        expect(present(db, 'finding_counts_insert')).toBe(false);
        db.prepare("UPDATE findings SET path = 'moved/' || path WHERE id % 3 = 0").run();
      }),
    )();
    expect({ schema: schema(db), stats: stats(db) }).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('brings them back with the rollback when the write fails', () => {
    const { db } = tempStore();
    const before = schema(db);
    expect(() =>
      db.transaction(() =>
        withoutSchemaObjects(db, ['findings_by_path', 'finding_counts_update'], () => {
          throw new Error('disk on fire');
        }),
      )(),
    ).toThrow('disk on fire');
    expect(schema(db)).toEqual(before);
    db.close();
  });

  it('a first scan of 12,000 findings (indexes built in bulk) leaves the schema, the indexes and the pages consistent', () => {
    const { db } = tempStore();
    const p = ensureProject(db, { rootPath: '/srv/big' }).id;
    const before = schema(db);
    recordScan(db, p, scan(manyFindings(12_000), { startedAt: day(0) }), { now: day(0, 1) });
    expect(schema(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const page = listFindings(db, p, { sort: 'path', limit: 5, now: day(1) });
    const direct = db.prepare("SELECT id FROM findings NOT INDEXED WHERE project_id = ? AND effective_kind = 'vulnerability' AND suppression_kind IS NULL AND state <> 'fixed' ORDER BY path, start_line, id LIMIT 5").pluck().all(p);
    expect(page.rows.map((r) => r.id)).toEqual(direct);
    db.close();
  });
});
