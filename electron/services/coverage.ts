// ASVS coverage for the pages: the store's live computation (asvs/coverage.ts over the store's
// facts, with today's attestations and triage) fed with the analyzer's rule registry, and the
// same provider freezing a snapshot per scan for the compliance trend.
import { computeCoverage, refsFor, type CoverageAttestation, type CoverageFinding, type CoverageReport } from '../../asvs/coverage.js';
import { countingFindingGroups, dataStamp, scanFacts } from './store-adapters.js';
import { allRules } from '../../analyzer/rules/index.js';
import { asvsCoverageProvider, latestScan, liveCoverage as storeLiveCoverage, validAttestations, type AsvsLevel, type AsvsVersion, type CoverageRule, type StoreDb } from '../../store/index.js';

const RULES: CoverageRule[] = allRules.map((r) => ({ id: r.id, asvs: r.asvs, frameworks: r.frameworks }));

export const snapshotProvider = asvsCoverageProvider(RULES);

/**
 * What the store's liveCoverage computes, from grouped rows (store-adapters.ts) rather than one row
 * per finding: the same statuses and counts, in milliseconds instead of seconds at 100,000
 * findings. A test keeps the two equal.
 */
export function liveCoverage(db: StoreDb, projectId: number, scanId: number, version: AsvsVersion, level: AsvsLevel): CoverageReport {
  // The pages ask for the same coverage several times per view (project list, gauge, explorer);
  // it changes only with a new triage event or attestation, or as time passes expiries.
  const key = `${projectId}:${scanId}:${version}:${level}`;
  const stamp = `${dataStamp(db)}:${Math.floor(Date.now() / 60_000)}`;
  const cached = memo.get(key);
  if (cached && cached.stamp === stamp && cached.db === db) return cached.report;
  const report = computeLive(db, projectId, scanId, version, level);
  if (memo.size > 64) memo.clear();
  memo.set(key, { db, stamp, report });
  return report;
}

const memo = new Map<string, { db: StoreDb; stamp: string; report: CoverageReport }>();

function computeLive(db: StoreDb, projectId: number, scanId: number, version: AsvsVersion, level: AsvsLevel): CoverageReport {
  const now = new Date().toISOString();
  const facts = scanFacts(db, scanId);
  const findings: CoverageFinding[] = [];
  for (const g of countingFindingGroups(db, scanId, version, now)) {
    const one: CoverageFinding = { ruleId: g.ruleId, asvs: { [version]: [g.requirementId] }, open: true };
    for (let i = 0; i < g.n; i++) findings.push(one);
  }
  return computeCoverage({ version, level, rules: RULES, rulesRun: facts.rulesRun, frameworksPresent: facts.frameworks, findings, attestations: attestationsFor(db, projectId, version, now), now });
}

/** The store's own computation, kept for the equality test. */
export function storeCoverage(db: StoreDb, projectId: number, scanId: number, version: AsvsVersion, level: AsvsLevel): CoverageReport {
  return storeLiveCoverage(db, RULES, projectId, scanId, version, level);
}

function attestationsFor(db: StoreDb, projectId: number, version: AsvsVersion, now: string): CoverageAttestation[] {
  return validAttestations(db, projectId, version, now).map((a) => ({ requirementId: a.requirementId, status: a.status, expiresAt: a.expiresAt, createdAt: a.at, note: a.evidence, by: a.actor }));
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
    attestations: attestationsFor(db, projectId, version, now),
    now,
  });
}

export function rulesForRequirement(version: AsvsVersion, requirementId: string): Array<{ id: string; title: string }> {
  return allRules.filter((r) => refsFor(r.asvs, version).includes(requirementId)).map((r) => ({ id: r.id, title: r.title }));
}
