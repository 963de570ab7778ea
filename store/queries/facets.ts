// The filter lists of the findings page: rules and CWEs among a project's unfixed findings, with counts.
import type { StoreDb } from '../open-store.js';

export interface FindingFacetCounts {
  rules: Array<{ id: string; title: string; count: number }>;
  cwes: Array<{ cwe: number; count: number }>;
}

export function findingFacets(db: StoreDb, projectId: number): FindingFacetCounts {
  // One pass over findings_open (rule_id, link_set_id and the rowid are in it) into a few groups
  // per rule and link set; the CWEs come from the sets, each rule's title from its latest finding.
  const groups = db
    .prepare(
      `SELECT rule_id AS ruleId, link_set_id AS setId, count(*) AS n, max(id) AS latest FROM findings INDEXED BY findings_open
       WHERE project_id = ? AND state <> 'fixed' GROUP BY rule_id, link_set_id`,
    )
    .all(projectId) as Array<{ ruleId: string; setId: number | null; n: number; latest: number }>;
  const byRule = new Map<string, { count: number; latest: number }>();
  const bySet = new Map<number, number>();
  for (const g of groups) {
    const r = byRule.get(g.ruleId);
    if (r) {
      r.count += g.n;
      r.latest = Math.max(r.latest, g.latest);
    } else byRule.set(g.ruleId, { count: g.n, latest: g.latest });
    if (g.setId !== null) bySet.set(g.setId, (bySet.get(g.setId) ?? 0) + g.n);
  }
  const title = db.prepare('SELECT title FROM findings WHERE id = ?').pluck();
  const rules = [...byRule]
    .map(([id, r]) => ({ id, title: title.get(r.latest) as string, count: r.count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cweOf = db.prepare('SELECT cwe FROM link_set_cwes WHERE set_id = ?').pluck();
  const perCwe = new Map<number, number>();
  for (const [setId, n] of bySet) for (const cwe of cweOf.all(setId) as number[]) perCwe.set(cwe, (perCwe.get(cwe) ?? 0) + n);
  const cwes = [...perCwe].map(([cwe, count]) => ({ cwe, count })).sort((a, b) => b.count - a.count || a.cwe - b.cwe);
  return { rules, cwes };
}
