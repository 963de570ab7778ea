// Opens (creating if needed) the Assay database: checks what the path is before SQLite touches it,
// the file's identity (application_id), pragmas, schema version and migrations. The one place that
// turns SQLite's low-level complaints at open time into messages a person can act on.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { accessSync, closeSync, constants, mkdirSync, openSync, readSync, statSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, pendingMigrations, schemaVersion } from './migrate.js';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';
import { DatabaseIoError, ForeignDatabaseError, FutureDatabaseError, MissingDatabaseError, NotADatabaseError, OlderDatabaseError, StoreError, storeErrorFrom } from './errors.js';

export type StoreDb = Db;

export interface OpenOptions {
  /** Open without migrating or writing; never creates the file or its folder. */
  readonly?: boolean;
  /** How long one statement waits for another writer's lock (ms). */
  busyTimeoutMs?: number;
  /** With readonly: accept an older schema (only to check the file's identity). */
  allowOlder?: boolean;
}

/** SQLite's application_id for Assay databases: "Asy1". */
export const APPLICATION_ID = 0x41737931;
const SQLITE_MAGIC = 'SQLite format 3\0';

function errnoCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

function io(file: string, code: string, message: string): DatabaseIoError {
  return new DatabaseIoError(file, code, message);
}

/** What is at the path, checked before SQLite opens it: SQLite would turn a 1-byte text file into a database. */
function checkPath(file: string, readonly: boolean): void {
  let info;
  try {
    info = statSync(file);
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ENOTDIR') throw io(file, code, `${file} cannot be a database: part of its path is a file, not a folder. Choose another place with --db.`);
    if (code !== 'ENOENT') throw io(file, code, `${file} cannot be checked (${code}). Check the folder's permissions, or choose another place with --db.`);
    if (readonly) throw new MissingDatabaseError(file);
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (err) {
      const c = errnoCode(err);
      const why = c === 'ENOTDIR' || c === 'EEXIST' ? 'part of its path is a file, not a folder' : c === 'EACCES' || c === 'EPERM' || c === 'EROFS' ? 'the folder is not writable' : 'its folder cannot be created';
      throw io(file, c, `Cannot create the database ${file}: ${why} (${c}). Choose a writable place with --db.`);
    }
    return;
  }
  if (info.isDirectory()) throw io(file, 'EISDIR', `${file} is a folder. Give the path of a database file with --db.`);
  if (!info.isFile()) throw io(file, 'ENOTFILE', `${file} is not a regular file (a device, pipe or socket). Give the path of a database file with --db.`);
  if (info.size === 0) {
    if (readonly) throw new MissingDatabaseError(file);
    return;
  }
  const head = Buffer.alloc(16);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw io(file, errnoCode(e), `${file} cannot be read (${errnoCode(e)}). Check its permissions.`);
  }
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_MAGIC) throw new NotADatabaseError(file, 'it is not a SQLite file; it was left unchanged');
}

function tableNames(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);
}

/** Refuses another application's database before anything is written to it. */
function checkIdentity(db: Db, file: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId === APPLICATION_ID) return;
  if (appId !== 0) throw new ForeignDatabaseError(file, `its SQLite application_id is 0x${(appId >>> 0).toString(16)}`);
  const tables = tableNames(db);
  const version = schemaVersion(db);
  // Assay databases made before application_id was set have schema versions and a scans table.
  if (tables.length && (version === 0 || !tables.includes('scans') || !tables.includes('projects'))) {
    throw new ForeignDatabaseError(file, `it holds tables Assay did not create: ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ' …' : ''}`);
  }
}

function nearestExisting(path: string): string {
  let dir = dirname(path);
  for (;;) {
    try {
      statSync(dir);
      return dir;
    } catch {
      const up = dirname(dir);
      if (up === dir) return dir;
      dir = up;
    }
  }
}

/**
 * Everything that can be known about a database path without creating anything: a command checks
 * it before long work (a scan) so that a bad --db fails at once, not after the work is done.
 */
export function checkStorePath(file: string): void {
  if (file === ':memory:') return;
  let exists = true;
  try {
    statSync(file);
  } catch (e) {
    if (errnoCode(e) !== 'ENOENT') return checkPath(file, true);
    exists = false;
  }
  if (exists) {
    checkPath(file, false);
    if (statSync(file).size === 0) return;
    openStore(file, { readonly: true, allowOlder: true }).close();
    return;
  }
  const dir = nearestExisting(file);
  if (!statSync(dir).isDirectory()) throw io(file, 'ENOTDIR', `${file} cannot be a database: part of its path is a file, not a folder. Choose another place with --db.`);
  const probe = `${dir}/.assay-probe-${process.pid}-${Date.now()}`;
  try {
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  } catch (e) {
    throw io(file, errnoCode(e), `Cannot create the database ${file}: the folder ${dir} is not writable (${errnoCode(e)}). Choose a writable place with --db.`);
  }
}

export function openStore(file: string, options: OpenOptions = {}): StoreDb {
  const readonly = options.readonly ?? false;
  if (file !== ':memory:') checkPath(file, readonly);
  let db: Db;
  try {
    db = new Database(file, { readonly, fileMustExist: readonly });
  } catch (e) {
    throw translate(e, file);
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    // Reading the header is the first real I/O: a damaged file fails here.
    db.pragma('schema_version', { simple: true });
    checkIdentity(db, file);
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) throw new FutureDatabaseError(file, version, LATEST_SCHEMA_VERSION);
    if (readonly && version === 0) throw new MissingDatabaseError(file);
    if (readonly && !options.allowOlder && pendingMigrations(db).length > 0) throw new OlderDatabaseError(file, version, LATEST_SCHEMA_VERSION);
    if (!readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // WAL with NORMAL keeps committed transactions atomic and durable against process crashes.
    db.pragma('synchronous = NORMAL');
    // A scan's ingest touches every finding of the project: keep those pages in memory (64 MB).
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    if (!readonly) {
      migrate(db, file);
      if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    return db;
  } catch (e) {
    db.close();
    throw translate(e, file);
  }
}

function folderWritable(file: string): boolean {
  try {
    accessSync(dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function translate(e: unknown, file: string): Error {
  if (e instanceof StoreError) return e;
  const code = (e as { code?: unknown }).code;
  // SQLite needs to create FILE-shm beside a WAL database, even only to read it.
  if (typeof code === 'string' && code.startsWith('SQLITE_CANTOPEN') && !folderWritable(file)) {
    return io(file, code, `${file} is on a read-only disk or in a folder Assay cannot write to, and SQLite must create its -shm file beside it even to read. ` +
      'Copy the database somewhere writable and pass that copy with --db (or make the folder writable).');
  }
  const known = storeErrorFrom(e, file);
  if (known) return known;
  return e instanceof Error ? e : new Error(String(e));
}
