// The advisories a desktop scan matches against, opened inside the scan worker: the app database's
// imported records (read-only), plus, for the bundled demo only, its fictional demo advisory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdvisorySource } from '../../analyzer/scan.js';
import { parseOsv, type Advisory } from '../../analyzer/dependencies/advisory.js';
import { advisoriesFor, advisoryStatus, openStore, type StoreDb } from '../../store/index.js';

function readDir(dir: string | null): Advisory[] {
  if (!dir) return [];
  const out: Advisory[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const r = parseOsv(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if ('advisory' in r) out.push(r.advisory);
  }
  return out;
}

export function workerAdvisorySource(databasePath: string | null, extraDir: string | null): { source: AdvisorySource | undefined; close(): void } {
  let db: StoreDb | null = null;
  try {
    db = databasePath ? openStore(databasePath, { readonly: true }) : null;
  } catch {
    // No database yet (or one being migrated): the scan runs without imported advisories.
    db = null;
  }
  const extra = readDir(extraDir);
  const status = db ? advisoryStatus(db) : null;
  const count = (status?.count ?? 0) + extra.length;
  if (count === 0) {
    db?.close();
    return { source: undefined, close() {} };
  }
  const newest = [status?.newestModified ?? null, ...extra.map((a) => a.modified)].filter((x): x is string => x !== null).sort().at(-1) ?? null;
  const ageDays = newest ? Math.max(0, Math.floor((Date.now() - Date.parse(newest)) / 86_400_000)) : null;
  return {
    source: {
      facts: { count, newestModified: newest, ageDays },
      lookup: (names) => [...(db ? advisoriesFor(db, names) : []), ...extra.filter((a) => a.affected.some((p) => names.includes(p.name)))],
    },
    close: () => db?.close(),
  };
}
