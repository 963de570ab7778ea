// ASVS coverage for the pages: the store's live computation (asvs/coverage.ts over the store's
// facts, with today's attestations and triage) fed with the analyzer's rule registry, and the
// same provider freezing a snapshot per scan for the compliance trend.
import { computeCoverage, refsFor, type CoverageReport } from '../../asvs/coverage.js';
import { allRules } from '../../analyzer/rules/index.js';
import { asvsCoverageProvider, latestScan, liveCoverage as storeLiveCoverage, validAttestations, type AsvsLevel, type AsvsVersion, type CoverageRule, type StoreDb } from '../../store/index.js';

const RULES: CoverageRule[] = allRules.map((r) => ({ id: r.id, asvs: r.asvs, frameworks: r.frameworks }));

export const snapshotProvider = asvsCoverageProvider(RULES);

export function liveCoverage(db: StoreDb, projectId: number, scanId: number, version: AsvsVersion, level: AsvsLevel): CoverageReport {
  return storeLiveCoverage(db, RULES, projectId, scanId, version, level);
}

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
