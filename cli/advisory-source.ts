// The advisory data a CLI scan matches dependencies against: the history database's, read while the
// scan runs. --no-db leaves the database alone (and the scan without advisories).
import { existsSync } from 'node:fs';
import type { AdvisorySource } from '../analyzer/scan.js';
import { advisoriesFor, advisoryStatus, openStore, StoreError, storeErrorFrom, type StoreDb } from '../store/index.js';
import type { CliIo } from './command.js';
import { historyDbPath } from './history-db.js';
import { InputError } from './errors.js';

export interface OpenAdvisories {
  source: AdvisorySource | undefined;
  close(): void;
}

export function openAdvisorySource(io: CliIo, flag: string | null, noDb: boolean): OpenAdvisories {
  if (noDb) return { source: undefined, close() {} };
  const file = historyDbPath(io, flag);
  if (file !== ':memory:' && !existsSync(file)) return { source: undefined, close() {} };
  let db: StoreDb;
  try {
    db = openStore(file);
  } catch (e) {
    if (e instanceof StoreError) throw new InputError(e.message);
    throw e;
  }
  // A damaged database fails on its first query, not on open: say so as for every other command.
  const status = readable(file, () => {
    try {
      return advisoryStatus(db);
    } catch (e) {
      db.close();
      throw e;
    }
  });
  if (status.count === 0) {
    db.close();
    return { source: undefined, close() {} };
  }
  return {
    source: { facts: { count: status.count, newestModified: status.newestModified, ageDays: status.ageDays }, lookup: (names) => readable(file, () => advisoriesFor(db, names)) },
    close: () => db.close(),
  };
}

function readable<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    const store = e instanceof StoreError ? e : storeErrorFrom(e, file);
    if (!store) throw e;
    throw new InputError(store.message);
  }
}
