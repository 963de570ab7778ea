// Migrations that land out of order: every missing one is applied, not only those above the highest.
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrations, type Migration } from './migrations/index.js';
import { appliedMigrations, migrate, pendingMigrations, schemaVersion } from './migrate.js';
import { openStore } from './open-store.js';
import { ensureProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { day, manyFindings, scan } from './testing/synthetic.js';
import { removeTempDirs, tempDbFile } from './testing/temp-db.js';

afterAll(removeTempDirs);

const only = (...versions: number[]) => migrations.filter((m) => versions.includes(m.version));
/** Every known version but these, in order (later branches add theirs). */
const allBut = (...versions: number[]) => migrations.map((m) => m.version).filter((v) => !versions.includes(v));
/** The dependency branch's migration, which landed after 006 had run everywhere. */
const late005 = migrations.find((m) => m.version === 5)!;
const tableExists = (db: Database.Database, name: string) =>
  db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(name) === 1;

describe('migrate', () => {
  it('applies 005 to a database that has 001, 002, 003 and 006, and keeps user_version at 6', () => {
    const file = tempDbFile();
    const db = new Database(file);
    expect(migrate(db, file, only(1, 2, 3, 6))).toEqual([1, 2, 3, 6]);
    expect(schemaVersion(db)).toBe(6);
    const withLate = [...only(1, 2, 3), late005, ...only(6)];
    expect(pendingMigrations(db, withLate).map((m) => m.version)).toEqual([5]);
    expect(migrate(db, file, withLate)).toEqual([5]);
    expect(tableExists(db, 'advisories')).toBe(true);
    expect(schemaVersion(db)).toBe(6);
    expect([...appliedMigrations(db, withLate)].sort()).toEqual([1, 2, 3, 5, 6]);
    expect(migrate(db, file, withLate)).toEqual([]);
    db.close();
  });

  it('openStore brings a database in use without 005 up to date, keeping its data', () => {
    const file = tempDbFile();
    const raw = new Database(file);
    migrate(raw, file, only(1, 2, 3, 6));
    raw.prepare("INSERT INTO projects (name, root_path, asvs_version, asvs_level, created_at) VALUES ('late', '/srv/late', '5.0.0', 2, ?)").run(day(0));
    raw.close();
    const db = openStore(file);
    expect([...appliedMigrations(db)].sort((a, b) => a - b)).toEqual(allBut());
    const project = ensureProject(db, { rootPath: '/srv/late' });
    expect(project.name).toBe('late');
    recordScan(db, project.id, scan(manyFindings(30)));
    expect(db.prepare('SELECT count(*) FROM findings').pluck().get()).toBe(30);
    db.close();
  });

  it('on a database from before the ledger, applies a lower migration its user_version hides (002 merged after 003)', () => {
    const file = tempDbFile();
    const db = new Database(file);
    migrate(db, file, only(1, 3));
    // What such a database looked like: user_version 3, no record of which migrations ran.
    db.exec('DROP TABLE schema_migrations');
    expect(schemaVersion(db)).toBe(3);
    expect(tableExists(db, 'scan_facts')).toBe(false);
    expect(pendingMigrations(db).map((m) => m.version)).toEqual(allBut(1, 3));
    expect(allBut(1, 3)).toContain(2);
    expect(migrate(db, file)).toEqual(allBut(1, 3));
    expect(tableExists(db, 'scan_facts')).toBe(true);
    expect([...appliedMigrations(db)].sort((a, b) => a - b)).toEqual(allBut());
    db.close();
    // And the result opens as a complete database, also read-only.
    openStore(file, { readonly: true }).close();
  });

  it('on a database from before the ledger at user_version 6 without 005 (main before the dependency branch), applies 005', () => {
    const file = tempDbFile();
    const db = new Database(file);
    migrate(db, file, only(1, 2, 3, 6));
    db.exec('DROP TABLE schema_migrations');
    expect(migrate(db, file)).toEqual(allBut(1, 2, 3, 6));
    expect(allBut(1, 2, 3, 6)[0]).toBe(5);
    expect(tableExists(db, 'advisories')).toBe(true);
    db.close();
  });

  it('on a complete database from before the ledger, applies nothing and records what it has', () => {
    const file = tempDbFile();
    const db = new Database(file);
    migrate(db, file);
    db.exec('DROP TABLE schema_migrations');
    expect(migrate(db, file)).toEqual([]);
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(migrations.map((m) => m.version));
    db.close();
  });

  it('a migration that fails leaves neither its change nor its ledger row', () => {
    const file = tempDbFile();
    const db = new Database(file);
    migrate(db, file, only(1, 2, 3, 6));
    const broken: Migration = { version: 4, name: 'broken', sql: 'CREATE TABLE half (x INTEGER) STRICT; SELECT * FROM no_such_table;' };
    expect(() => migrate(db, file, [...only(1, 2, 3), broken, ...only(6)])).toThrow(/no_such_table/);
    expect(tableExists(db, 'half')).toBe(false);
    expect(appliedMigrations(db).has(4)).toBe(false);
    db.close();
  });
});
