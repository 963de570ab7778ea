// The CoverageProvider built on asvs/coverage.ts: the statuses the store freezes per scan, and the
// same computation live (today's attestations and triage) for pages and reports. Rules come from
// the caller because the store may import only the analyzer's types, not its rule registry.
import { computeCoverage, type CoverageAttestation, type CoverageReport, type CoverageRule } from '../asvs/coverage.js';
import type { StoreDb } from './open-store.js';
import type { AsvsLevel, AsvsVersion, CoverageSnapshotRow } from './types.js';
import { coverageInputs, type CoverageProvider } from './coverage-snapshot.js';

export type { CoverageRule };

export function liveCoverage(
  db: StoreDb, rules: readonly CoverageRule[], projectId: number, scanId: number, version: AsvsVersion, level: AsvsLevel,
  now: string = new Date().toISOString(),
): CoverageReport {
  const inputs = coverageInputs(db, projectId, scanId, version, now);
  const attestations: CoverageAttestation[] = inputs.attestations.map((a) => ({
    requirementId: a.requirementId,
    status: a.status,
    expiresAt: a.expiresAt,
    createdAt: a.at,
    note: a.evidence,
    by: a.actor,
  }));
  return computeCoverage({
    version,
    level,
    rules,
    rulesRun: inputs.rulesRun,
    frameworksPresent: inputs.frameworks,
    // coverageInputs gives only the findings that count, with ASVS ids for this version. A hotspot
    // never makes a requirement fail: only what Assay has seen to be a flaw does.
    findings: inputs.openFindings.filter((f) => f.kind === 'vulnerability').map((f) => ({ ruleId: f.ruleId, asvs: { [version]: f.asvs }, open: true })),
    hotspots: inputs.openHotspots.map((h) => ({ ruleId: h.ruleId, asvs: { [version]: h.asvs }, review: h.review })),
    attestations,
    now,
  });
}

/** Snapshots every requirement of the project's version (all levels), so any level can be rolled up later. */
export function asvsCoverageProvider(rules: readonly CoverageRule[]): CoverageProvider {
  return ({ db, scanId, project, now }) =>
    liveCoverage(db, rules, project.id, scanId, project.asvsVersion, 3, now).requirements.map(
      (r): CoverageSnapshotRow => ({ asvsVersion: project.asvsVersion, requirementId: r.id, level: r.level, chapter: r.chapterId, status: r.status, reason: r.reason }),
    );
}
