// Opening the history database for a command: --db FILE (relative to the working directory) or the
// file the desktop app uses. A database locked by another writer is retried with backoff for a
// bounded time (saying so); every failure of SQLite or the disk, at open or mid-query, becomes an
// input error (exit 2) whose message says what to do.
import { resolve } from 'node:path';
import { checkStorePath, openStore, StoreError, defaultDatabasePath, isBusy, storeErrorFrom, DatabaseLockedError, type StoreDb } from '../store/index.js';
import type { CliIo } from './command.js';
import { InputError } from './errors.js';

export function historyDbPath(io: CliIo, flag: string | undefined | null): string {
  return flag ? resolve(io.cwd, flag) : defaultDatabasePath(io.env);
}

const DEFAULT_LOCK_WAIT_MS = 30_000;
const MAX_STATEMENT_WAIT_MS = 2_000;

/** How long to keep retrying a locked database: ASSAY_DB_LOCK_WAIT_MS, else 30 s. */
function lockWaitMs(env: NodeJS.ProcessEnv): number {
  const set = Number(env.ASSAY_DB_LOCK_WAIT_MS);
  return Number.isFinite(set) && set >= 0 ? Math.min(set, 10 * 60_000) : DEFAULT_LOCK_WAIT_MS;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function withHistoryDb<T>(io: CliIo, flag: string | undefined | null, fn: (db: StoreDb, file: string) => T, options: { readonly?: boolean } = {}): T {
  const file = historyDbPath(io, flag);
  const budget = lockWaitMs(io.env);
  const started = Date.now();
  let pause = 250;
  for (let attempt = 1; ; attempt++) {
    let db: StoreDb | undefined;
    try {
      const left = budget - (Date.now() - started);
      db = openStore(file, { ...options, busyTimeoutMs: Math.max(0, Math.min(MAX_STATEMENT_WAIT_MS, budget / 4, left)) });
      // Each use is one transaction (or only reads), so running it again after a lock is safe.
      return fn(db, file);
    } catch (e) {
      const waited = Date.now() - started;
      if (isBusy(e) && waited < budget) {
        if (attempt === 1) io.stderr.write(`assay: ${file} is locked by another program; retrying for up to ${Math.round(budget / 1000)} s…\n`);
        sleep(Math.min(pause, Math.max(0, budget - waited)));
        pause = Math.min(pause * 2, 4_000);
        continue;
      }
      const known = isBusy(e) ? new DatabaseLockedError(file, waited) : e instanceof StoreError ? e : storeErrorFrom(e, file);
      if (known) throw new InputError(known.message);
      throw e;
    } finally {
      db?.close();
    }
  }
}

/** Fails at once (exit 2) for a --db that could never be opened, before a command does long work. */
export function checkHistoryDb(io: CliIo, flag: string | undefined | null): void {
  const file = historyDbPath(io, flag);
  try {
    checkStorePath(file);
  } catch (e) {
    const known = e instanceof StoreError ? e : storeErrorFrom(e, file);
    if (known) throw new InputError(known.message);
    throw e;
  }
}
