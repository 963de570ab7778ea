// The per-requirement status of a project at a scan, frozen when the scan is recorded so
// compliance trends do not move when the catalogue or rules change later. The store does not
// decide statuses: a CoverageProvider (asvs/coverage.ts, wired in coverage-provider.ts) does,
// from the facts coverageInputs() gathers.
import type { FindingKind } from '../analyzer/types.js';
import type { StoreDb } from './open-store.js';
import type { AsvsVersion, AttestationRow, CoverageSnapshotRow, ProjectRow } from './types.js';
import { validAttestations } from './attestations.js';
import { EFFECTIVE_KIND_SQL, hotspotReviewCounts, type RuleReviewCounts } from './hotspot-reviews.js';

export interface CoverageContext {
  db: StoreDb;
  scanId: number;
  project: ProjectRow;
  now: string;
}

export type CoverageProvider = (ctx: CoverageContext) => CoverageSnapshotRow[];

export interface CoverageInputs {
  /** Frameworks the scan saw: mapped rules only speak for code they apply to. */
  frameworks: string[];
  rulesRun: string[];
  /** Findings that count against requirements: seen by this scan, not suppressed, not false positive, not accepted risk in force. */
  openFindings: { fingerprint: string; ruleId: string; kind: FindingKind; cwe: number[]; asvs: string[] }[];
  /** The latest unexpired attestation per requirement, as of `now`. */
  attestations: AttestationRow[];
  /** Hotspots the scan saw (not suppressed, not confirmed as needing a fix), with their review state. */
  openHotspots: { fingerprint: string; ruleId: string; asvs: string[]; review: 'unreviewed' | 'safe' }[];
  /** The same per rule, as counts: unreviewed ones leave requirements not verified. */
  hotspotReviews: RuleReviewCounts[];
}

/** The facts a coverage model needs for a scan, for one ASVS version. */
export function coverageInputs(db: StoreDb, projectId: number, scanId: number, version: AsvsVersion, now: string = new Date().toISOString()): CoverageInputs {
  const frameworks = (db.prepare('SELECT framework FROM scan_frameworks WHERE scan_id = ? ORDER BY framework').pluck().all(scanId) as string[]);
  const rulesRun = db.prepare('SELECT rule_id FROM scan_rules WHERE scan_id = ? ORDER BY rule_id').pluck().all(scanId) as string[];
  const rows = db
    .prepare(
      `SELECT f.id, f.fingerprint, f.rule_id AS ruleId, ${EFFECTIVE_KIND_SQL} AS kind,
         (SELECT group_concat(cwe) FROM finding_cwes c WHERE c.finding_id = f.id) AS cwe,
         (SELECT group_concat(requirement_id, ' ') FROM finding_asvs a WHERE a.finding_id = f.id AND a.asvs_version = ?) AS asvs
       FROM occurrences o JOIN findings f ON f.id = o.finding_id
       WHERE o.scan_id = ? AND o.suppressed = 0
         AND NOT (f.triage_status = 'false_positive' OR (f.triage_status = 'accepted_risk' AND f.triage_expires_at > ?))`,
    )
    .all(version, scanId, now) as { fingerprint: string; ruleId: string; kind: FindingKind; cwe: string | null; asvs: string | null }[];
  return {
    frameworks,
    rulesRun,
    openFindings: rows.map((r) => ({
      fingerprint: r.fingerprint,
      ruleId: r.ruleId,
      kind: r.kind,
      cwe: r.cwe ? r.cwe.split(',').map(Number) : [],
      asvs: r.asvs ? r.asvs.split(' ') : [],
    })),
    attestations: validAttestations(db, projectId, version, now),
    openHotspots: (
      db
        .prepare(
          `SELECT f.fingerprint, f.rule_id AS ruleId, f.triage_status AS triage,
             (SELECT group_concat(requirement_id, ' ') FROM finding_asvs a WHERE a.finding_id = f.id AND a.asvs_version = ?) AS asvs
           FROM occurrences o JOIN findings f ON f.id = o.finding_id
           WHERE o.scan_id = ? AND o.suppressed = 0 AND ${EFFECTIVE_KIND_SQL} = 'hotspot'`,
        )
        .all(version, scanId) as { fingerprint: string; ruleId: string; triage: string; asvs: string | null }[]
    ).map((r) => ({ fingerprint: r.fingerprint, ruleId: r.ruleId, asvs: r.asvs ? r.asvs.split(' ') : [], review: r.triage === 'false_positive' ? ('safe' as const) : ('unreviewed' as const) })),
    hotspotReviews: hotspotReviewCounts(db, scanId),
  };
}

export function writeCoverageSnapshot(db: StoreDb, scanId: number, rows: readonly CoverageSnapshotRow[]): void {
  const del = db.prepare('DELETE FROM coverage_snapshots WHERE scan_id = ?');
  const ins = db.prepare('INSERT INTO coverage_snapshots (scan_id, asvs_version, requirement_id, level, chapter, status, reason) VALUES (?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    del.run(scanId);
    for (const r of rows) ins.run(scanId, r.asvsVersion, r.requirementId, r.level, r.chapter, r.status, r.reason);
  })();
}

export function coverageSnapshot(db: StoreDb, scanId: number): CoverageSnapshotRow[] {
  return db
    .prepare(
      `SELECT asvs_version AS asvsVersion, requirement_id AS requirementId, level, chapter, status, reason
       FROM coverage_snapshots WHERE scan_id = ? ORDER BY asvs_version, requirement_id`,
    )
    .all(scanId) as CoverageSnapshotRow[];
}
