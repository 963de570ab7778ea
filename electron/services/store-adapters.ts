// Queries the pages need that store/ does not offer (yet). Kept here, small and read-only, so the
// store engineer can move them into store/queries and this file can go.
import { EFFECTIVE_KIND_SQL, type StoreDb } from '../../store/index.js';

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

/**
 * The findings that count against requirements at a scan (same rule as the store's
 * coverageInputs: seen by the scan, not suppressed, not false positive, no acceptance in force),
 * grouped by rule and requirement. One row per group instead of one per finding keeps the
 * dashboard fast at 100,000 findings.
 */
export function countingFindingGroups(db: StoreDb, scanId: number, version: string, now: string): Array<{ ruleId: string; requirementId: string; n: number }> {
  return db
    .prepare(
      `SELECT f.rule_id AS ruleId, a.requirement_id AS requirementId, count(*) AS n
       FROM occurrences o JOIN findings f ON f.id = o.finding_id
       JOIN finding_asvs a ON a.finding_id = f.id AND a.asvs_version = ?
       WHERE o.scan_id = ? AND o.suppressed = 0 AND ${EFFECTIVE_KIND_SQL} = 'vulnerability'
         AND NOT (f.triage_status = 'false_positive' OR (f.triage_status = 'accepted_risk' AND f.triage_expires_at > ?))
       GROUP BY f.rule_id, a.requirement_id`,
    )
    .all(version, scanId, now) as Array<{ ruleId: string; requirementId: string; n: number }>;
}

/** The scan's hotspots (not suppressed, not confirmed as needing a fix) grouped by rule, requirement and review. */
export function hotspotGroups(db: StoreDb, scanId: number, version: string): Array<{ ruleId: string; requirementId: string; review: 'unreviewed' | 'safe'; n: number }> {
  return db
    .prepare(
      `SELECT f.rule_id AS ruleId, a.requirement_id AS requirementId,
         CASE WHEN f.triage_status = 'false_positive' THEN 'safe' ELSE 'unreviewed' END AS review, count(*) AS n
       FROM occurrences o JOIN findings f ON f.id = o.finding_id
       JOIN finding_asvs a ON a.finding_id = f.id AND a.asvs_version = ?
       WHERE o.scan_id = ? AND o.suppressed = 0 AND ${EFFECTIVE_KIND_SQL} = 'hotspot'
       GROUP BY 1, 2, 3`,
    )
    .all(version, scanId) as Array<{ ruleId: string; requirementId: string; review: 'unreviewed' | 'safe'; n: number }>;
}

/** Frameworks and rules of a scan: what the coverage model needs besides findings and attestations. */
export function scanFacts(db: StoreDb, scanId: number): { frameworks: string[]; rulesRun: string[] } {
  return {
    frameworks: db.prepare('SELECT framework FROM scan_frameworks WHERE scan_id = ? ORDER BY framework').pluck().all(scanId) as string[],
    rulesRun: db.prepare('SELECT rule_id FROM scan_rules WHERE scan_id = ? ORDER BY rule_id').pluck().all(scanId) as string[],
  };
}

/** Changes whenever a triage event or attestation is recorded (both tables are append-only). */
export function dataStamp(db: StoreDb): string {
  const triage = db.prepare('SELECT max(id) FROM triage_events').pluck().get() as number | null;
  const attest = db.prepare('SELECT max(id) FROM attestations').pluck().get() as number | null;
  return `${triage ?? 0}:${attest ?? 0}`;
}
