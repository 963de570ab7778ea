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

type GroupRow = { ruleId: string; requirementId: string; kind: FindingKind; triage: TriageStatus; suppressed: number; justified: number; n: number };

function grouped(rows: readonly GroupRow[]): StandingGroup[] {
  const out = new Map<string, StandingGroup>();
  for (const r of rows) {
    if (r.n <= 0) continue;
    const standing = findingStanding({ kind: r.kind, triage: r.triage, suppressed: r.suppressed === 1, suppressionJustified: r.justified === 1 });
    const key = `${r.ruleId}|${r.requirementId}|${standing}`;
    const g = out.get(key);
    if (g) g.count += r.n;
    else out.set(key, { ruleId: r.ruleId, requirementId: r.requirementId, standing, count: r.n });
  }
  return [...out.values()];
}

/**
 * The scan's frozen groups (scan_standings, as if nobody had triaged anything), corrected for the
 * findings that carry a decision: those few are read one by one and moved from "open" to the
 * group their decision in force puts them in. Same answer as findingStandingsFromSightings for the
 * project's latest scan; for an older one, kind and suppression reason are as that scan saw them.
 */
export function findingStandings(db: StoreDb, scanId: number, version: AsvsVersion, now: string): StandingGroup[] {
  const base = db
    .prepare(
      `SELECT rule_id AS ruleId, requirement_id AS requirementId, kind, 'open' AS triage, suppressed, justified, n
       FROM scan_standings WHERE scan_id = ? AND asvs_version = ?`,
    )
    .all(scanId, version) as GroupRow[];
  const decided = db
    .prepare(
      `SELECT f.rule_id AS ruleId, a.requirement_id AS requirementId, f.kind, ${TRIAGE_IN_FORCE_SQL} AS triage, o.suppressed,
         (length(trim(coalesce(d.suppression_reason, ''))) > 0) AS justified, count(*) AS n
       FROM findings f INDEXED BY findings_triaged
       JOIN occurrences o ON o.scan_id = @scanId AND o.finding_id = f.id
       JOIN link_set_asvs a ON a.set_id = f.link_set_id AND a.asvs_version = @version
       LEFT JOIN finding_details d ON d.finding_id = f.id
       WHERE f.project_id = (SELECT project_id FROM scans WHERE id = @scanId) AND f.triage_at IS NOT NULL
       GROUP BY f.rule_id, a.requirement_id, f.kind, triage, o.suppressed, justified`,
    )
    .all({ scanId, version, now }) as GroupRow[];
  const key = (r: GroupRow) => `${r.ruleId}\u0001${r.requirementId}\u0001${r.kind}\u0001${r.suppressed}\u0001${r.justified}`;
  const open = new Map(base.map((r) => [key(r), r]));
  const moved: GroupRow[] = [];
  for (const r of decided) {
    if (r.triage === 'open') continue;
    const from = open.get(key(r));
    // Never below zero: an older scan's finding may read differently now than when it was seen.
    const n = from ? Math.min(from.n, r.n) : 0;
    if (from) from.n -= n;
    moved.push({ ...r, n });
  }
  return grouped([...base, ...moved]);
}

/** The same from every sighting of the scan (what findingStandings did before migration 008): the reference its tests compare with. */
export function findingStandingsFromSightings(db: StoreDb, scanId: number, version: AsvsVersion, now: string): StandingGroup[] {
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
    .all({ scanId, version, now }) as GroupRow[];
  return grouped(rows);
}
