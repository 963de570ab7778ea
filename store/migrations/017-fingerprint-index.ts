// The store at 100,000 findings, sixth step (issue 13): a finding's identity (project, fingerprint)
// is kept unique by a named index, findings_fingerprint, instead of the table's UNIQUE constraint.
// SQLite cannot drop the index behind a constraint; a named one can be dropped for the length of a
// first scan's bulk write and built once from the finished table (store/findings-writer.ts): with
// fingerprints that are hashes, inserting 100,000 of them at random places cost ~0.8 s of CPU, the
// sorted build ~0.1 s. Uniqueness is the same — the build fails on a repeated identity as the
// insert would have.
// The table is rebuilt by SQLite's documented procedure (foreign keys off, legacy_alter_table on so
// that the rename touches no view, trigger or child table): its own definition as stored, without
// the constraint; its rows, ids included; then its indexes and triggers from their stored SQL and
// the planner's statistics (the constraint's index's under the new index's name).
import type { Database } from 'better-sqlite3';

export const version = 17;
export const name = 'store at scale: findings identity as a named unique index';
export const foreignKeysOff = true;
export const sql = '';

const UNIQUE_CLAUSE = /,\s*UNIQUE\s*\(\s*project_id\s*,\s*fingerprint\s*\)/i;
const STAGING = 'findings_017';

interface SchemaObject {
  name: string;
  sql: string;
}

export function apply(db: Database): void {
  const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'findings'").pluck().get() as string | undefined;
  if (!table) throw new Error('migration 17: no findings table');
  if (!UNIQUE_CLAUSE.test(table)) throw new Error('migration 17: the findings table has no UNIQUE (project_id, fingerprint) clause to move');
  const staged = table.replace(/^CREATE TABLE\s+("?)findings\1/i, `CREATE TABLE ${STAGING}`).replace(UNIQUE_CLAUSE, '');
  if (staged === table || !staged.startsWith(`CREATE TABLE ${STAGING}`)) throw new Error('migration 17: unexpected findings definition');
  const dependents = db.prepare("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'findings' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name").all() as SchemaObject[];
  const constraintIndex = db.prepare("SELECT name FROM pragma_index_list('findings') WHERE origin = 'u'").pluck().get() as string | undefined;
  const hasStats = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").get() !== undefined;
  const stats = hasStats ? (db.prepare("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'findings'").all() as { idx: string | null; stat: string }[]) : [];

  db.pragma('legacy_alter_table = ON');
  try {
    db.exec(staged);
    db.exec(`INSERT INTO ${STAGING} SELECT * FROM findings`);
    db.exec('DROP TABLE findings');
    db.exec(`ALTER TABLE ${STAGING} RENAME TO findings`);
  } finally {
    db.pragma('legacy_alter_table = OFF');
  }
  db.exec('CREATE UNIQUE INDEX findings_fingerprint ON findings(project_id, fingerprint)');
  for (const o of dependents) db.exec(o.sql);
  if (stats.length) {
    const put = db.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('findings', ?, ?)");
    for (const s of stats) put.run(s.idx === constraintIndex ? 'findings_fingerprint' : s.idx, s.stat);
  }
}

export function present(db: Database): boolean {
  return db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'findings_fingerprint'").pluck().get() === 1;
}
