// The filter lists of the findings page: rules and CWEs among a project's unfixed findings, with counts.
import type { StoreDb } from '../open-store.js';

export interface FindingFacetCounts {
  rules: Array<{ id: string; title: string; count: number }>;
  cwes: Array<{ cwe: number; count: number }>;
}

export function findingFacets(db: StoreDb, projectId: number): FindingFacetCounts {
  // The kept counts (migration 015): a few groups per rule and link set. Each rule's title is its
  // latest finding's: the group holding the highest id carries it (title is a group column).
  const groups = db
    .prepare(
      `SELECT rule_id AS ruleId, link_set_id AS setId, title, sum(n) AS n, max(latest_id) AS latest FROM finding_counts
       WHERE project_id = ? AND state <> 'fixed' AND n > 0 GROUP BY rule_id, link_set_id, title`,
    )
    .all(projectId) as Array<{ ruleId: string; setId: number | null; title: string; n: number; latest: number }>;
  const byRule = new Map<string, { count: number; latest: number; title: string }>();
  const bySet = new Map<number, number>();
  for (const g of groups) {
    const r = byRule.get(g.ruleId);
    if (r) {
      r.count += g.n;
      if (g.latest > r.latest) Object.assign(r, { latest: g.latest, title: g.title });
    } else byRule.set(g.ruleId, { count: g.n, latest: g.latest, title: g.title });
    if (g.setId !== null) bySet.set(g.setId, (bySet.get(g.setId) ?? 0) + g.n);
  }
  const rules = [...byRule]
    .map(([id, r]) => ({ id, title: r.title, count: r.count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cweOf = db.prepare('SELECT cwe FROM link_set_cwes WHERE set_id = ?').pluck();
  const perCwe = new Map<number, number>();
  for (const [setId, n] of bySet) for (const cwe of cweOf.all(setId) as number[]) perCwe.set(cwe, (perCwe.get(cwe) ?? 0) + n);
  const cwes = [...perCwe].map(([cwe, count]) => ({ cwe, count })).sort((a, b) => b.count - a.count || a.cwe - b.cwe);
  return { rules, cwes };
}
