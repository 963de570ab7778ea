// The filter lists of the findings page: rules and CWEs among a project's unfixed findings, with counts.
import type { StoreDb } from '../open-store.js';

export interface FindingFacetCounts {
  rules: Array<{ id: string; title: string; count: number }>;
  cwes: Array<{ cwe: number; count: number }>;
}

export function findingFacets(db: StoreDb, projectId: number): FindingFacetCounts {
  const rules = db
    .prepare(`SELECT rule_id AS id, max(title) AS title, count(*) AS count FROM findings WHERE project_id = ? AND state <> 'fixed' GROUP BY rule_id ORDER BY count DESC, rule_id`)
    .all(projectId) as FindingFacetCounts['rules'];
  const cwes = db
    .prepare(`SELECT c.cwe AS cwe, count(*) AS count FROM findings f JOIN finding_cwes c ON c.finding_id = f.id WHERE f.project_id = ? AND f.state <> 'fixed' GROUP BY c.cwe ORDER BY count DESC, c.cwe`)
    .all(projectId) as FindingFacetCounts['cwes'];
  return { rules, cwes };
}
