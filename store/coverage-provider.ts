// The CoverageProvider built on asvs/coverage.ts: the statuses the store freezes per scan, and the
// same computation live (today's attestations and triage) for pages and reports. Rules come from
// the caller because the store may import only the analyzer's types, not its rule registry.
import { computeCoverage, type CoverageAttestation, type CoverageReport, type CoverageRule } from '../asvs/coverage.js';
import type { StoreDb } from './open-store.js';
import type { AsvsLevel, AsvsVersion, AttestationRow, CoverageSnapshotRow } from './types.js';
import { validAttestations } from './attestations.js';
import { coverageBasics, type CoverageProvider } from './coverage-snapshot.js';

export type { CoverageRule };

export function toCoverageAttestation(a: AttestationRow): CoverageAttestation {
  return { requirementId: a.requirementId, status: a.status, expiresAt: a.expiresAt, createdAt: a.at, note: a.evidence, by: a.actor, override: a.overrideReason, overriddenFindings: a.overriddenFindings };
}

/** Coverage of a scan with today's decisions: every view (snapshot, pages, reports, CLI) computes it here. */
export function liveCoverage(
  db: StoreDb, rules: readonly CoverageRule[], projectId: number, scanId: number, version: AsvsVersion, level: AsvsLevel,
  now: string = new Date().toISOString(),
): CoverageReport {
  const inputs = coverageBasics(db, projectId, scanId, version, now);
  return computeCoverage({
    version,
    level,
    rules,
    rulesRun: inputs.rulesRun,
    frameworksPresent: inputs.frameworks,
    facts: inputs.facts,
    findings: inputs.standings.map((g) => ({ ruleId: g.ruleId, asvs: { [version]: [g.requirementId] }, standing: g.standing, count: g.count })),
    attestations: inputs.attestations.map(toCoverageAttestation),
    now,
  });
}

/** Before any scan only attestations can speak. */
export function attestedCoverage(db: StoreDb, rules: readonly CoverageRule[], projectId: number, version: AsvsVersion, level: AsvsLevel, now: string = new Date().toISOString()): CoverageReport {
  return computeCoverage({ version, level, rules, rulesRun: [], frameworksPresent: [], facts: null, findings: [], attestations: validAttestations(db, projectId, version, now).map(toCoverageAttestation), now });
}

/** Snapshots every requirement of the project's version (all levels), so any level can be rolled up later. */
export function asvsCoverageProvider(rules: readonly CoverageRule[]): CoverageProvider {
  return ({ db, scanId, project, now }) =>
    liveCoverage(db, rules, project.id, scanId, project.asvsVersion, 3, now).requirements.map(
      (r): CoverageSnapshotRow => ({ asvsVersion: project.asvsVersion, requirementId: r.id, level: r.level, chapter: r.chapterId, status: r.status, reason: r.reason }),
    );
}
