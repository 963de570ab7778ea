// Which findings weigh on which requirement at a scan, and how: the facts domain/ findingStanding()
// needs, grouped per rule, requirement and standing. This is the only place that reads them; the
// scan snapshot, the app's pages and the reports all go through it (at 100,000 findings the groups
// are a few hundred rows).
import { findingStanding, type FindingKind, type FindingStanding, type TriageStatus } from '../../domain/index.js';
import type { StoreDb } from '../open-store.js';
import type { AsvsVersion } from '../types.js';

export interface StandingGroup {
  ruleId: string;
  requirementId: string;
  standing: FindingStanding;
  count: number;
}

/** The decision in force: an accepted risk past its expiry reads as open again. */
export const TRIAGE_IN_FORCE_SQL = `(CASE WHEN f.triage_status = 'accepted_risk' AND f.triage_expires_at <= @now THEN 'open' ELSE f.triage_status END)`;

export function findingStandings(db: StoreDb, scanId: number, version: AsvsVersion, now: string): StandingGroup[] {
  const rows = db
    .prepare(
      `SELECT f.rule_id AS ruleId, a.requirement_id AS requirementId, f.kind, ${TRIAGE_IN_FORCE_SQL} AS triage, o.suppressed,
         (length(trim(coalesce(d.suppression_reason, ''))) > 0) AS justified, count(*) AS n
       FROM occurrences o JOIN findings f ON f.id = o.finding_id
       JOIN finding_asvs a ON a.finding_id = f.id AND a.asvs_version = @version
       LEFT JOIN finding_details d ON d.finding_id = f.id
       WHERE o.scan_id = @scanId
       GROUP BY f.rule_id, a.requirement_id, f.kind, triage, o.suppressed, justified`,
    )
    .all({ scanId, version, now }) as Array<{ ruleId: string; requirementId: string; kind: FindingKind; triage: TriageStatus; suppressed: number; justified: number; n: number }>;
  const out = new Map<string, StandingGroup>();
  for (const r of rows) {
    const standing = findingStanding({ kind: r.kind, triage: r.triage, suppressed: r.suppressed === 1, suppressionJustified: r.justified === 1 });
    const key = `${r.ruleId}|${r.requirementId}|${standing}`;
    const g = out.get(key);
    if (g) g.count += r.n;
    else out.set(key, { ruleId: r.ruleId, requirementId: r.requirementId, standing, count: r.n });
  }
  return [...out.values()];
}
