// Applies every migration the database lacks, each in its own transaction with its ledger row and
// user_version bump, so a crash between two migrations leaves a database in a known state.
// Branches reserve migration numbers and merge in any order (002 landed after 003 existed; a 005
// can land after 006), so "applied" is a set recorded in schema_migrations, not a high-water mark.
import type { Database } from 'better-sqlite3';
import { migrations as allMigrations, type Migration } from './migrations/index.js';
import { FutureDatabaseError } from './errors.js';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

const LEDGER_SQL = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version     INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  applied_at  TEXT NOT NULL
) STRICT`;

function hasLedger(db: Database): boolean {
  return db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").pluck().get() === 1;
}

/**
 * The versions already applied. Databases made before the ledger existed recorded only user_version:
 * a migration numbered at or below it was applied unless its probe shows its change is absent
 * (it was merged after a higher-numbered one had already run there).
 */
export function appliedMigrations(db: Database, migrations: readonly Migration[] = allMigrations): Set<number> {
  if (hasLedger(db)) return new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const current = schemaVersion(db);
  return new Set(migrations.filter((m) => m.version <= current && (m.present?.(db) ?? true)).map((m) => m.version));
}

/** Migrations the database still needs, in version order. */
export function pendingMigrations(db: Database, migrations: readonly Migration[] = allMigrations): Migration[] {
  const applied = appliedMigrations(db, migrations);
  return [...migrations].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
}

/** Brings the database to the latest schema; returns the versions applied, in the order they ran. */
export function migrate(db: Database, file: string, migrations: readonly Migration[] = allMigrations): number[] {
  // Listed in increasing order (gaps allowed: numbers are reserved per branch); going backwards is a bug.
  migrations.forEach((m, i) => {
    if (i > 0 && m.version <= migrations[i - 1]!.version) throw new Error(`migration ${m.version} (${m.name}) is listed after ${migrations[i - 1]!.version}: versions must increase`);
  });
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) throw new FutureDatabaseError(file, current, latest);
  const pending = pendingMigrations(db, migrations);
  const now = new Date().toISOString();
  if (!hasLedger(db)) {
    // The ledger starts with what the database already had (inferred once, above).
    const applied = migrations.filter((m) => !pending.includes(m));
    db.transaction(() => {
      db.exec(LEDGER_SQL);
      const ins = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
      for (const m of applied) ins.run(m.version, m.name, now);
    }).immediate();
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  for (const m of pending) {
    // foreign_keys cannot change inside a transaction: it is set around it.
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
    if (m.foreignKeysOff && foreignKeys) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(m.sql);
        m.apply?.(db);
        if (m.foreignKeysOff) {
          const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
          if (broken.length) throw new Error(`migration ${m.version} (${m.name}) broke ${broken.length} foreign keys, first ${broken[0]!.table} -> ${broken[0]!.parent}`);
        }
        record.run(m.version, m.name, now);
        // user_version stays the highest version applied: older builds still see a newer schema.
        // PRAGMA takes no bound parameters; the version is our own integer.
        db.pragma(`user_version = ${Math.trunc(Math.max(schemaVersion(db), m.version))}`);
      }).immediate();
    } finally {
      if (m.foreignKeysOff && foreignKeys) db.pragma('foreign_keys = ON');
    }
    done.push(m.version);
  }
  return done;
}
