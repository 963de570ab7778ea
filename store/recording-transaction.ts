// The transaction a scan (or an import of several) is recorded in. Two connection settings are
// changed for its duration, and only when it is the outermost transaction (SQLite ignores
// `foreign_keys` inside one):
// - foreign keys are not enforced: every key the recording writes is one it has just read or made
//   itself (the project, the new scan's id, ids of findings it inserted or loaded, link sets from
//   the resolver), and checking them cost a 100,000-finding scan ~2.3 s of its ~3.5 s in SQLite
//   (a parent lookup per key, and per new finding a probe of each of its six child tables).
//   Recording deletes nothing, so no cascade is skipped; the store's tests run foreign_key_check
//   after their histories.
// - a small page cache: a scan's pages are written once and not read again in the transaction,
//   and 16 MiB records 100,000 findings in the same CPU time as open-store's 64 MiB while keeping
//   the CLI's peak RSS ~50 MB lower.
import type { StoreDb } from './open-store.js';

/** SQLite's cache_size while a scan is recorded: 16 MiB (negative: KiB). */
const RECORDING_CACHE_SIZE = -16384;

export function inRecordingTransaction<T>(db: StoreDb, fn: () => T): T {
  const run = db.transaction(fn);
  if (db.inTransaction) return run();
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma(`cache_size = ${RECORDING_CACHE_SIZE}`);
  db.pragma('foreign_keys = OFF');
  try {
    return run.immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    db.pragma(`cache_size = ${cacheSize}`);
  }
}
