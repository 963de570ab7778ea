// Opens (creating if needed) the Assay database: pragmas, schema check, migrations. The one
// place that turns SQLite's low-level complaints into messages a person can act on.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate.js';
import { NotADatabaseError, StoreError } from './errors.js';

export type StoreDb = Db;

export interface OpenOptions {
  /** Open without migrating or writing; fails on a database that needs migration. */
  readonly?: boolean;
}

const NOT_A_DB_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CANTOPEN']);

export function openStore(file: string, options: OpenOptions = {}): StoreDb {
  if (file !== ':memory:' && !options.readonly) mkdirSync(dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw translate(e, file);
  }
  try {
    // Reading the header is the first real I/O: a text file or garbage fails here.
    db.pragma('schema_version', { simple: true });
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // WAL with NORMAL keeps committed transactions atomic and durable against process crashes.
    db.pragma('synchronous = NORMAL');
    // A scan's ingest touches every finding of the project: keep those pages in memory (64 MB).
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    if (!options.readonly) migrate(db, file);
    return db;
  } catch (e) {
    db.close();
    throw translate(e, file);
  }
}

function translate(e: unknown, file: string): Error {
  if (e instanceof StoreError) return e;
  const code = (e as { code?: string }).code;
  if (code && NOT_A_DB_CODES.has(code)) return new NotADatabaseError(file, (e as Error).message);
  return e instanceof Error ? e : new Error(String(e));
}
