// Opening the history database for a command: --db FILE (relative to the working directory) or the
// file the desktop app uses; the store's errors, written for people, become input errors (exit 2).
import { resolve } from 'node:path';
import { openStore, StoreError, defaultDatabasePath, type StoreDb } from '../store/index.js';
import type { CliIo } from './command.js';
import { InputError } from './errors.js';

export function historyDbPath(io: CliIo, flag: string | undefined | null): string {
  return flag ? resolve(io.cwd, flag) : defaultDatabasePath(io.env);
}

export function withHistoryDb<T>(io: CliIo, flag: string | undefined | null, fn: (db: StoreDb, file: string) => T, options: { readonly?: boolean } = {}): T {
  const file = historyDbPath(io, flag);
  let db: StoreDb | undefined;
  try {
    db = openStore(file, options);
    return fn(db, file);
  } catch (e) {
    if (e instanceof StoreError) throw new InputError(e.message);
    throw e;
  } finally {
    db?.close();
  }
}
