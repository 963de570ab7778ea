// Applies pending migrations, each in its own transaction with its user_version bump, so a
// crash between two migrations leaves a database at a known version.
import type { Database } from 'better-sqlite3';
import { migrations as allMigrations, type Migration } from './migrations/index.js';
import { FutureDatabaseError } from './errors.js';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the database to the latest schema; returns the versions applied. */
export function migrate(db: Database, file: string, migrations: readonly Migration[] = allMigrations): number[] {
  // Gaps in the numbering are allowed (numbers are reserved per branch); going backwards is a bug.
  migrations.forEach((m, i) => {
    if (i > 0 && m.version <= migrations[i - 1]!.version) throw new Error(`migration ${m.version} (${m.name}) is listed after ${migrations[i - 1]!.version}: versions must increase`);
  });
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) throw new FutureDatabaseError(file, current, latest);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      // PRAGMA takes no bound parameters; the version is our own integer.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }).immediate();
    applied.push(m.version);
  }
  return applied;
}
