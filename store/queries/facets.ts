// The filter lists of the findings page: rules and CWEs among a project's unfixed findings, with counts.
import type { StoreDb } from '../open-store.js';

export interface FindingFacetCounts {
  rules: Array<{ id: string; title: string; count: number }>;
  cwes: Array<{ cwe: number; count: number }>;
}

export function findingFacets(db: StoreDb, projectId: number): FindingFacetCounts {
  // Counted from findings_open alone (rule_id and the rowid are in it); each rule's title is then
  // read from its latest finding, a few rows instead of every wide row of the project.
  const counted = db
    .prepare(`SELECT rule_id AS id, count(*) AS count, max(id) AS latest FROM findings INDEXED BY findings_open WHERE project_id = ? AND state <> 'fixed' GROUP BY rule_id ORDER BY count DESC, rule_id`)
    .all(projectId) as Array<{ id: string; count: number; latest: number }>;
  const title = db.prepare('SELECT title FROM findings WHERE id = ?').pluck();
  const rules = counted.map((r) => ({ id: r.id, title: title.get(r.latest) as string, count: r.count }));
  const cwes = db
    .prepare(`SELECT c.cwe AS cwe, count(*) AS count FROM findings f JOIN finding_cwes c ON c.finding_id = f.id WHERE f.project_id = ? AND f.state <> 'fixed' GROUP BY c.cwe ORDER BY count DESC, c.cwe`)
    .all(projectId) as FindingFacetCounts['cwes'];
  return { rules, cwes };
}
