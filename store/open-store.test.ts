import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { openStore } from './open-store.js';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations/index.js';
import { migrate, schemaVersion } from './migrate.js';
import { ForeignDatabaseError, FutureDatabaseError, MissingDatabaseError, NotADatabaseError, OlderDatabaseError } from './errors.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { APPLICATION_ID } from './open-store.js';
import { removeTempDirs, tempDbFile } from './testing/temp-db.js';

afterAll(removeTempDirs);

const TABLES = [
  'advisories', 'advisory_aliases', 'advisory_packages', 'assignment_events', 'attestation_files', 'attestations', 'coverage_snapshots', 'evidence_blobs',
  'finding_counts', 'finding_counts_pending', 'finding_details', 'finding_notes', 'finding_paths', 'findings', 'fixes', 'link_set_asvs', 'link_set_cwes', 'link_sets', 'occurrences', 'projects', 'scan_advisory_data', 'scan_counts', 'scan_dependencies',
  'scan_dependency_problems', 'scan_endpoint_authorization', 'scan_endpoint_findings', 'scan_endpoint_guards', 'scan_endpoint_params', 'scan_endpoints', 'scan_facts', 'scan_frameworks',
  'scan_inventories', 'scan_manifests', 'scan_rules', 'scan_security_logs', 'scan_standings', 'scans', 'schema_migrations', 'settings', 'skipped_files', 'triage_events',
];

describe('openStore and migrations', () => {
  it('migrates an empty file to the latest schema: WAL, foreign keys, every table STRICT', () => {
    const file = tempDbFile();
    const db = openStore(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string; strict: number }[];
    expect(tables.map((t) => t.name)).toEqual(TABLES);
    // The search index is a virtual table (FTS5); its shadow tables are SQLite's, not ours.
    expect(db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'virtual'").pluck().all()).toEqual(['finding_search']);
    expect(tables.every((t) => t.strict === 1)).toBe(true);
    const cols = db.prepare('SELECT name, type FROM pragma_table_info(?)').all('findings') as { name: string; type: string }[];
    expect(cols.find((c) => c.name === 'start_line')?.type).toBe('INTEGER');
    expect(cols.some((c) => c.name === 'cwe' || c.name === 'asvs')).toBe(false);
    db.close();
  });

  it('is idempotent: reopening applies nothing', () => {
    const file = tempDbFile();
    openStore(file).close();
    const db = new Database(file);
    expect(migrate(db, file)).toEqual([]);
    db.close();
  });

  it('runs each migration in a transaction: a failing one leaves the version and schema unchanged', () => {
    const file = tempDbFile();
    const db = new Database(file);
    const broken = [...migrations, { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE half (x INTEGER) STRICT; SELECT * FROM no_such_table;' }];
    expect(() => migrate(db, file, broken)).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });

  it('accepts gaps in the version numbers, applying each listed migration once, and refuses a list going backwards', () => {
    const file = tempDbFile();
    const db = new Database(file);
    const gapped = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { version: 5, name: 'five', sql: 'CREATE TABLE b (x INTEGER) STRICT;' },
    ];
    expect(migrate(db, file, gapped)).toEqual([1, 5]);
    expect(schemaVersion(db)).toBe(5);
    expect(migrate(db, file, gapped)).toEqual([]);
    expect(() => migrate(db, file, [gapped[1]!, gapped[0]!])).toThrow(/versions must increase/);
    db.close();
  });

  it('refuses a database written by a newer version, naming both versions', () => {
    const file = tempDbFile();
    openStore(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openStore(file)).toThrow(FutureDatabaseError);
    expect(() => openStore(file)).toThrow(new RegExp(`newer version of Assay \\(schema ${LATEST_SCHEMA_VERSION + 5}; this version understands up to ${LATEST_SCHEMA_VERSION}\\)`));
  });

  it('says plainly when the file is not a database', () => {
    const file = tempDbFile();
    writeFileSync(file, 'this is a text file, not SQLite\n'.repeat(200));
    expect(() => openStore(file)).toThrow(NotADatabaseError);
    expect(() => openStore(file)).toThrow(/is not an Assay database or is damaged/);
  });

  it('says plainly when the file is a damaged database', () => {
    const file = tempDbFile();
    const db = openStore(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = Buffer.alloc(8192, 0xab);
    // Keep a plausible size but destroy the header magic and the first pages.
    writeFileSync(file, bytes);
    expect(() => openStore(file)).toThrow(NotADatabaseError);
  });

  it('stamps its application_id, and refuses other applications’ databases and non-SQLite files unchanged', () => {
    const file = tempDbFile();
    const db = openStore(file);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
    const other = tempDbFile();
    const raw = new Database(other);
    raw.exec('CREATE TABLE notes (body TEXT)');
    raw.close();
    const before = readFileSync(other);
    expect(() => openStore(other)).toThrow(ForeignDatabaseError);
    expect(readFileSync(other).equals(before)).toBe(true);
    const tiny = tempDbFile();
    writeFileSync(tiny, 'x');
    expect(() => openStore(tiny)).toThrow(/not a SQLite file; it was left unchanged/);
    expect(readFileSync(tiny, 'utf8')).toBe('x');
  });

  it('adopts an Assay database made before application_id existed', () => {
    const file = tempDbFile();
    openStore(file).close();
    const raw = new Database(file);
    raw.pragma('application_id = 0');
    raw.close();
    const db = openStore(file);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('read-only: never creates anything, refuses newer and older schemas', () => {
    const missing = join(dirname(tempDbFile()), 'no', 'such', 'x.db');
    expect(() => openStore(missing, { readonly: true })).toThrow(MissingDatabaseError);
    expect(existsSync(join(dirname(tempDbFile()), 'no'))).toBe(false);
    const file = tempDbFile();
    openStore(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openStore(file, { readonly: true })).toThrow(FutureDatabaseError);
    if (LATEST_SCHEMA_VERSION > 1) {
      // What a database from before migration 002 looks like: no ledger, user_version 1.
      const r = new Database(file);
      r.exec('DROP TABLE schema_migrations');
      r.pragma('user_version = 1');
      r.close();
      expect(() => openStore(file, { readonly: true })).toThrow(OlderDatabaseError);
    }
  });

  it('applies migrations with gaps in their numbering', () => {
    const file = tempDbFile();
    const db = new Database(file);
    const gapped = [...migrations, { version: LATEST_SCHEMA_VERSION + 3, name: 'after-a-gap', sql: 'CREATE TABLE gap_probe (x INTEGER) STRICT;' }];
    expect(migrate(db, file, gapped)).toEqual([...migrations.map((m) => m.version), LATEST_SCHEMA_VERSION + 3]);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 3);
    db.close();
  });
});
