// Indexes and triggers taken out for the length of a bulk write and put back before it returns,
// inside the caller's transaction. An index built once from the finished table holds exactly the
// entries that maintaining it row by row would have given it (SQLite sorts and writes it bottom-up,
// several times cheaper than 100,000 inserts at random places); a trigger left out must be one whose
// effect the caller redoes itself (the kept counts, rebuilt by the recording). The objects are
// recreated from their own stored definitions and the planner's statistics for the indexes are put
// back as they were, so the schema after is the schema before. Everything runs in a savepoint: if
// the write fails, the objects come back with the rollback.
import type { StoreDb } from './open-store.js';

interface SchemaObject {
  type: 'index' | 'trigger';
  name: string;
  sql: string;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function withoutSchemaObjects<T>(db: StoreDb, names: readonly string[], fn: () => T): T {
  if (names.length === 0) return fn();
  return db.transaction(() => {
    const find = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL");
    const objects = names.map((n) => find.get(n) as SchemaObject | undefined).filter((o): o is SchemaObject => o !== undefined);
    const hasStats = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").get() !== undefined;
    const indexNames = objects.filter((o) => o.type === 'index').map((o) => o.name);
    const stats = hasStats && indexNames.length
      ? (db.prepare('SELECT tbl, idx, stat FROM sqlite_stat1 WHERE idx IN (SELECT value FROM json_each(?))').all(JSON.stringify(indexNames)) as { tbl: string; idx: string; stat: string }[])
      : [];
    for (const o of objects) db.exec(`DROP ${o.type.toUpperCase()} ${quoted(o.name)}`);
    const result = fn();
    for (const o of objects) db.exec(o.sql);
    if (stats.length) {
      const put = db.prepare('INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)');
      db.prepare('DELETE FROM sqlite_stat1 WHERE idx IN (SELECT value FROM json_each(?))').run(JSON.stringify(indexNames));
      for (const s of stats) put.run(s.tbl, s.idx, s.stat);
    }
    return result;
  })();
}
