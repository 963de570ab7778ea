// Queries the pages need that store/ does not offer (yet). Kept here, small and read-only, so the
// store engineer can move them into store/queries and this file can go.
import type { StoreDb } from '../../store/index.js';

/** Rules and CWEs among the project's findings that are not fixed, with counts, for the filter lists. */
export function findingFacets(db: StoreDb, projectId: number): { rules: Array<{ id: string; title: string; count: number }>; cwes: Array<{ cwe: number; count: number }> } {
  const rules = db
    .prepare(`SELECT rule_id AS id, max(title) AS title, count(*) AS count FROM findings WHERE project_id = ? AND state <> 'fixed' GROUP BY rule_id ORDER BY count DESC, rule_id`)
    .all(projectId) as Array<{ id: string; title: string; count: number }>;
  const cwes = db
    .prepare(`SELECT c.cwe AS cwe, count(*) AS count FROM findings f JOIN finding_cwes c ON c.finding_id = f.id WHERE f.project_id = ? AND f.state <> 'fixed' GROUP BY c.cwe ORDER BY count DESC, c.cwe`)
    .all(projectId) as Array<{ cwe: number; count: number }>;
  return { rules, cwes };
}
