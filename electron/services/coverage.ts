// ASVS coverage of a project at a scan, computed by asvs/coverage.ts from the store's facts.
// Live (with today's attestations and triage) for the pages; frozen per scan as the snapshot the
// store keeps for compliance trends.
import { computeCoverage, refsFor, type CoverageAttestation, type CoverageReport } from '../../asvs/coverage.js';
import { allRules } from '../../analyzer/rules/index.js';
import { coverageInputs, latestScan, validAttestations, type AsvsLevel, type AsvsVersion, type CoverageProvider, type CoverageSnapshotRow, type StoreDb } from '../../store/index.js';

const RULES = allRules.map((r) => ({ id: r.id, asvs: r.asvs, frameworks: r.frameworks }));

export function liveCoverage(db: StoreDb, projectId: number, scanId: number, version: AsvsVersion, level: AsvsLevel, now: string = new Date().toISOString()): CoverageReport {
  const inputs = coverageInputs(db, projectId, scanId, version, now);
  const attestations: CoverageAttestation[] = inputs.attestations.map((a) => ({
    requirementId: a.requirementId,
    status: a.status === 'not_applicable' ? 'na' : a.status,
    expiresAt: a.expiresAt,
    createdAt: a.at,
    note: a.evidence,
    by: a.actor,
  }));
  return computeCoverage({
    version,
    level,
    rules: RULES,
    rulesRun: inputs.rulesRun,
    frameworksPresent: inputs.frameworks,
    // The store already gives only findings that count (seen by the scan, not suppressed, not
    // false positive, no acceptance in force), with ASVS ids for this version.
    findings: inputs.openFindings.map((f) => ({ ruleId: f.ruleId, asvs: { [version]: f.asvs }, open: true })),
    attestations,
    now,
  });
}

const SNAPSHOT_STATUS = {
  failing: 'failing',
  'passing-automated': 'passing_automated',
  'passing-attested': 'passing_attested',
  'not-applicable': 'not_applicable',
  'not-verified': 'not_verified',
} as const;

/** Writes every requirement of the project's version (all levels) when a scan is recorded. */
export const snapshotProvider: CoverageProvider = ({ db, scanId, project, now }) => {
  const report = liveCoverage(db, project.id, scanId, project.asvsVersion, 3, now);
  return report.requirements.map(
    (r): CoverageSnapshotRow => ({ asvsVersion: project.asvsVersion, requirementId: r.id, level: r.level, chapter: r.chapterId, status: SNAPSHOT_STATUS[r.status] }),
  );
};

/** Coverage at the latest recorded scan; before any scan, only attestations can speak. */
export function currentCoverage(db: StoreDb, projectId: number, version: AsvsVersion, level: AsvsLevel): CoverageReport {
  const scan = latestScan(db, projectId);
  if (scan) return liveCoverage(db, projectId, scan.id, version, level);
  const now = new Date().toISOString();
  return computeCoverage({
    version,
    level,
    rules: RULES,
    rulesRun: [],
    frameworksPresent: [],
    findings: [],
    attestations: validAttestations(db, projectId, version, now).map((a) => ({ requirementId: a.requirementId, status: a.status === 'not_applicable' ? 'na' : a.status, expiresAt: a.expiresAt, createdAt: a.at, note: a.evidence, by: a.actor })),
    now,
  });
}

export function rulesForRequirement(version: AsvsVersion, requirementId: string): Array<{ id: string; title: string }> {
  return allRules.filter((r) => refsFor(r.asvs, version).includes(requirementId)).map((r) => ({ id: r.id, title: r.title }));
}
