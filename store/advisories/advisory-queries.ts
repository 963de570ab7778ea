// Reading stored advisories back: the records that name given packages (for matching a scan's
// inventory) and the status of the data (how many, how fresh).
import type { StoreDb } from '../open-store.js';
import type { Advisory } from '../../analyzer/dependencies/advisory.js';
import type { AdvisoryDataFacts } from '../../analyzer/types.js';
import { ADVISORY_MAX_AGE_DAYS, type Severity } from '../../domain/index.js';

interface AdvisoryRow {
  id: string;
  summary: string;
  details: string;
  severity: Severity | null;
  severity_vectors: string;
  modified: string;
  published: string | null;
  withdrawn: string | null;
  references_json: string;
}

const DAY = 24 * 60 * 60 * 1000;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Every stored advisory naming one of `packages` (PEP 503 names), each whole (all its affected packages). */
export function advisoriesFor(db: StoreDb, packages: readonly string[]): Advisory[] {
  const ids = new Set<string>();
  for (const part of chunks([...new Set(packages)], 500)) {
    const rows = db.prepare(`SELECT DISTINCT advisory_id FROM advisory_packages WHERE package IN (${part.map(() => '?').join(',')})`).pluck().all(...part) as string[];
    for (const id of rows) ids.add(id);
  }
  const getAdvisory = db.prepare('SELECT * FROM advisories WHERE id = ?');
  const getAliases = db.prepare('SELECT alias FROM advisory_aliases WHERE advisory_id = ? ORDER BY alias').pluck();
  const getPackages = db.prepare('SELECT package, ranges_json, versions_json FROM advisory_packages WHERE advisory_id = ? ORDER BY ordinal');
  return [...ids].sort().map((id) => {
    const r = getAdvisory.get(id) as AdvisoryRow;
    return {
      id: r.id,
      aliases: getAliases.all(id) as string[],
      summary: r.summary,
      details: r.details,
      severityVectors: JSON.parse(r.severity_vectors),
      severity: r.severity,
      modified: r.modified,
      published: r.published,
      withdrawn: r.withdrawn,
      references: JSON.parse(r.references_json),
      affected: (getPackages.all(id) as Array<{ package: string; ranges_json: string; versions_json: string }>).map((p) => ({
        name: p.package,
        ranges: JSON.parse(p.ranges_json),
        versions: JSON.parse(p.versions_json),
      })),
    };
  });
}

export interface AdvisoryStatus extends AdvisoryDataFacts {
  /** True when there is data and it is older than ADVISORY_MAX_AGE_DAYS. */
  stale: boolean;
  packages: number;
  lastImportedAt: string | null;
}

export function advisoryStatus(db: StoreDb, now: string = new Date().toISOString()): AdvisoryStatus {
  const row = db.prepare('SELECT count(*) AS count, max(modified) AS newest, max(imported_at) AS imported FROM advisories').get() as { count: number; newest: string | null; imported: string | null };
  const packages = db.prepare('SELECT count(DISTINCT package) FROM advisory_packages').pluck().get() as number;
  const ageDays = row.newest ? Math.max(0, Math.floor((Date.parse(now) - Date.parse(row.newest)) / DAY)) : null;
  return { count: row.count, newestModified: row.newest, ageDays, stale: ageDays !== null && ageDays > ADVISORY_MAX_AGE_DAYS, packages, lastImportedAt: row.imported };
}
