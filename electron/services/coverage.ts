// ASVS coverage for the pages: the store's live computation (the one every view uses) fed with the
// analyzer's rule registry, memoised per view because a page asks for it several times, and the
// same provider freezing a snapshot per scan for the compliance trend.
import type { CoverageReport } from '../../asvs/coverage.js';
import { refsFor } from '../../asvs/coverage.js';
import { allRules } from '../../analyzer/rules/index.js';
import { allRuleScopes } from '../../analyzer/rules/scopes.js';
import { asvsCoverageProvider, attestedCoverage, decisionStamp, latestScan, liveCoverage as storeLiveCoverage, type AsvsLevel, type AsvsVersion, type StoreDb } from '../../store/index.js';

export const snapshotProvider = asvsCoverageProvider(allRuleScopes);

/** Coverage of a scan with today's triage and attestations. */
export function liveCoverage(db: StoreDb, projectId: number, scanId: number, version: AsvsVersion, level: AsvsLevel): CoverageReport {
  // It changes only with a new triage event or attestation, or as time passes expiries.
  const key = `${projectId}:${scanId}:${version}:${level}`;
  const stamp = `${decisionStamp(db)}:${Math.floor(Date.now() / 60_000)}`;
  const cached = memo.get(key);
  if (cached && cached.stamp === stamp && cached.db === db) return cached.report;
  const report = storeLiveCoverage(db, allRuleScopes, projectId, scanId, version, level);
  if (memo.size > 64) memo.clear();
  memo.set(key, { db, stamp, report });
  return report;
}

const memo = new Map<string, { db: StoreDb; stamp: string; report: CoverageReport }>();

/** Coverage at the latest recorded scan; before any scan, only attestations can speak. */
export function currentCoverage(db: StoreDb, projectId: number, version: AsvsVersion, level: AsvsLevel): CoverageReport {
  const scan = latestScan(db, projectId);
  if (scan) return liveCoverage(db, projectId, scan.id, version, level);
  return attestedCoverage(db, allRuleScopes, projectId, version, level);
}

export function rulesForRequirement(version: AsvsVersion, requirementId: string): Array<{ id: string; title: string }> {
  return allRules.filter((r) => refsFor(r.asvs, version).includes(requirementId)).map((r) => ({ id: r.id, title: r.title }));
}
