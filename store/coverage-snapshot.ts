// The per-requirement status of a project at a scan, frozen when the scan is recorded so
// compliance trends do not move when the catalogue or rules change later. The store does not
// decide statuses: a CoverageProvider (asvs/coverage.ts, wired in coverage-provider.ts) does,
// from the facts coverageInputs() gathers.
import type { ScanFacts } from '../domain/index.js';
import { readScanFacts } from './scan-facts.js';
import { findingStandings, type StandingGroup } from './queries/standings.js';
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
  /** What the analyzer examined; null when the scan recorded nothing of it. */
  facts: ScanFacts | null;
  /** Every finding the scan saw, grouped by rule, requirement (of `version`) and standing. */
  standings: StandingGroup[];
  /** The latest unexpired attestation per requirement, as of `now`. */
  attestations: AttestationRow[];
  /** Hotspots the scan saw (not suppressed, not confirmed as needing a fix), with their review state. */
  openHotspots: { fingerprint: string; ruleId: string; asvs: string[]; review: 'unreviewed' | 'safe' }[];
  /** The same per rule, as counts: unreviewed ones leave requirements not verified. */
  hotspotReviews: RuleReviewCounts[];
}

export type CoverageBasics = Omit<CoverageInputs, 'openHotspots' | 'hotspotReviews'>;

/** What computing the statuses needs (the live coverage of every page): a few hundred rows at 100,000 findings. */
export function coverageBasics(db: StoreDb, projectId: number, scanId: number, version: AsvsVersion, now: string = new Date().toISOString()): CoverageBasics {
  return {
    frameworks: db.prepare('SELECT framework FROM scan_frameworks WHERE scan_id = ? ORDER BY framework').pluck().all(scanId) as string[],
    rulesRun: db.prepare('SELECT rule_id FROM scan_rules WHERE scan_id = ? ORDER BY rule_id').pluck().all(scanId) as string[],
    facts: readScanFacts(db, scanId),
    standings: findingStandings(db, scanId, version, now),
    attestations: validAttestations(db, projectId, version, now),
  };
}

/** The facts a coverage model needs for a scan, for one ASVS version, with the scan's hotspots one by one. */
export function coverageInputs(db: StoreDb, projectId: number, scanId: number, version: AsvsVersion, now: string = new Date().toISOString()): CoverageInputs {
  return {
    ...coverageBasics(db, projectId, scanId, version, now),
    openHotspots: (
      db
        .prepare(
          `SELECT f.fingerprint, f.rule_id AS ruleId, f.triage_status AS triage,
             (SELECT group_concat(requirement_id, ' ') FROM link_set_asvs a WHERE a.set_id = f.link_set_id AND a.asvs_version = ?) AS asvs
           FROM occurrences o JOIN findings f ON f.id = o.finding_id
           WHERE o.scan_id = ? AND o.suppressed = 0 AND ${EFFECTIVE_KIND_SQL} = 'hotspot'`,
        )
        .all(version, scanId) as { fingerprint: string; ruleId: string; triage: string; asvs: string | null }[]
    ).map((r) => ({ fingerprint: r.fingerprint, ruleId: r.ruleId, asvs: r.asvs ? r.asvs.split(' ') : [], review: r.triage === 'false_positive' ? ('safe' as const) : ('unreviewed' as const) })),
    hotspotReviews: hotspotReviewCounts(db, scanId),
  };
}

/** Changes whenever a triage event or attestation is recorded (both tables are append-only): a cache key for live coverage. */
export function decisionStamp(db: StoreDb): string {
  const triage = db.prepare('SELECT max(id) FROM triage_events').pluck().get() as number | null;
  const attest = db.prepare('SELECT max(id) FROM attestations').pluck().get() as number | null;
  return `${triage ?? 0}:${attest ?? 0}`;
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
