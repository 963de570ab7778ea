// The counts kept per group of findings (migration 015): while a scan is recorded its project is
// pending (the triggers skip its rows) and the recording rebuilds its groups once, before commit;
// every other change reaches the groups through the triggers. Queries whose filter uses only
// grouped columns count from here (finding_counts has the columns under the names findings has,
// so findingWhere's clause reads the same on both).
import type { StoreDb } from './open-store.js';
import type { FindingFilter } from './queries/findings.js';

const GROUP_COLUMNS = ['project_id', 'effective_kind', 'suppression_kind', 'severity_rank', 'state', 'triage_status', 'triage_expires_at', 'opened_at', 'rule_id', 'title', 'link_set_id', 'tool', 'confidence', 'last_seen_scan_id'];
const GROUP = GROUP_COLUMNS.join(', ');
/** The columns that tell a project's groups apart, cheapest to compare first (integers, then the rule before its title). */
const SORT_FIRST = ['link_set_id', 'severity_rank', 'last_seen_scan_id', 'rule_id', 'opened_at'].filter((c) => GROUP_COLUMNS.includes(c));
/** GROUP's columns in the order the rebuild sorts by. */
const GROUP_SORT = [...SORT_FIRST, ...GROUP_COLUMNS.filter((c) => !SORT_FIRST.includes(c))].join(', ');

/** The triggers leave this project's rows to rebuildFindingCounts (call it in the same transaction). */
export function markFindingCountsPending(db: StoreDb, projectId: number): void {
  db.prepare('INSERT OR IGNORE INTO finding_counts_pending (project_id) VALUES (?)').run(projectId);
}

/** Recounts one project's groups and path list from its findings, and lets the triggers keep them again. */
export function rebuildFindingCounts(db: StoreDb, projectId: number): void {
  db.prepare('DELETE FROM finding_counts WHERE project_id = ?').run(projectId);
  db.prepare('DELETE FROM finding_paths WHERE project_id = ?').run(projectId);
  // Grouped with the columns that tell groups apart first (the sort of 100,000 rows stops comparing
  // sooner: ~0.3 s less), then inserted in the order of GROUP, as grouping by GROUP itself would.
  db.prepare(
    `INSERT INTO finding_counts (${GROUP}, n, latest_id) SELECT ${GROUP}, count(*), max(id) FROM findings WHERE project_id = ?
     GROUP BY ${GROUP_SORT} ORDER BY ${GROUP}`,
  ).run(projectId);
  rebuildFindingPaths(db, projectId);
  db.prepare('DELETE FROM finding_counts_pending WHERE project_id = ?').run(projectId);
}

/** Recounts one project's path list from its findings (its rows deleted first). */
export function rebuildFindingPaths(db: StoreDb, projectId: number): void {
  db.prepare(
    `INSERT INTO finding_paths (project_id, path, rule_id, n)
     SELECT project_id, path, rule_id, count(*) FROM findings WHERE project_id = ? GROUP BY path, rule_id`,
  ).run(projectId);
}

/**
 * Whether filter.scanId is at or past the newest scan with sightings in the project: scan ids only
 * grow, so a finding was seen by that scan exactly when it was last seen by it (migration 016).
 */
export function scanSeenLast(db: StoreDb, projectId: number, filter: FindingFilter): boolean {
  if (filter.scanId === undefined) return false;
  const newest = db.prepare('SELECT max(last_seen_scan_id) FROM finding_counts WHERE project_id = ?').pluck().get(projectId) as number | null;
  return newest !== null && filter.scanId >= newest;
}

/** Whether a filter tests only grouped columns, so that its count can be read from finding_counts. */
export function countsAnswer(filter: FindingFilter, scanSeenLast = false): boolean {
  return !filter.path && !filter.text?.trim() && !filter.search && !filter.assignee && (filter.scanId === undefined || scanSeenLast);
}

/**
 * `findings f`, naming the index that serves the query: findings_open (the severity order and the
 * equality filters) or findings_by_path (the path order). The two begin alike, and a planner
 * without statistics for one of them (a database migrated since its last ANALYZE) took the other
 * for the severity-sorted page and sorted every open finding. Free-text and path-text filters are
 * left to the planner: their IN lists (search rowids, matching paths) decide.
 */
export function findingsFrom(filter: FindingFilter, sort?: string): string {
  if (filter.search || filter.text?.trim()) return 'findings f';
  return sort === 'path' ? 'findings f INDEXED BY findings_by_path' : 'findings f INDEXED BY findings_open';
}

/** `FROM …` for counting findings that match `filter` (the result's `count`): the groups when they can answer, else the findings. */
export function countSource(filter: FindingFilter, scanSeenLast = false): { from: string; count: string } {
  return countsAnswer(filter, scanSeenLast) ? { from: 'finding_counts f', count: 'coalesce(sum(f.n), 0)' } : { from: findingsFrom(filter), count: 'count(*)' };
}
