// The ASVS explorer: the catalogue with live statuses, one requirement in full, attestations.
import { getCatalogue, findRequirement } from '../../asvs/catalogue.js';
import { attestationHistory, getProject, latestScan, listFindings, recordAttestation, reviewerFor, securityLogs, type StoreDb } from '../../store/index.js';
import { SECURITY_LOG_EVENT_LABELS, SECURITY_LOG_REQUIREMENTS } from '../../domain/index.js';
import type { AsvsLevel, AsvsTree, AsvsVersion, AttestationStatus, RequirementDetail, RequirementRow } from '../ipc-contract.js';
import { currentCoverage, rulesForRequirement } from './coverage.js';
import { ServiceError } from './service-error.js';
import { takeEvidence } from './evidence-service.js';
import { findingView } from './views.js';
import { endpointEvidence, inventorySnapshot } from './endpoint-evidence.js';

export type OfficialText = (version: AsvsVersion, requirementId: string) => string | null;

export function asvsTree(db: StoreDb, projectId: number, version: AsvsVersion, level: AsvsLevel): AsvsTree {
  getProject(db, projectId);
  const catalogue = getCatalogue(version);
  const report = currentCoverage(db, projectId, version, level);
  const byId = new Map(report.requirements.map((r) => [r.id, r]));
  const chapters = catalogue.chapters
    .map((c) => ({
      id: c.id,
      name: c.name,
      counts: report.chapters.find((x) => x.id === c.id)!.counts,
      sections: catalogue.sections
        .filter((s) => s.chapterId === c.id)
        .map((s) => ({
          id: s.id,
          name: s.name,
          requirements: catalogue.requirements
            .filter((r) => r.sectionId === s.id && r.level <= level)
            .map((r): RequirementRow => ({ id: r.id, level: r.level, summary: r.summary, status: byId.get(r.id)!.status, automatable: r.automatable })),
        }))
        .filter((s) => s.requirements.length > 0),
    }))
    .filter((c) => c.sections.length > 0);
  return { version, level, counts: report.total.counts, chapters };
}

export function requirementDetail(db: StoreDb, projectId: number, version: AsvsVersion, requirementId: string, officialText: OfficialText): RequirementDetail {
  const project = getProject(db, projectId);
  const req = findRequirement(version, requirementId);
  if (!req) throw new ServiceError('not-found', `ASVS ${version} has no requirement ${requirementId}.`);
  const catalogue = getCatalogue(version);
  const coverage = currentCoverage(db, projectId, version, 3).requirements.find((r) => r.id === requirementId)!;
  // Findings carry the ids of the project's own ASVS version; another version's view lists none.
  const findings = project.asvsVersion === version ? listFindings(db, projectId, { filter: { asvsRequirement: [requirementId] }, limit: 1000 }).rows.map(findingView) : [];
  const now = Date.now();
  const logEvents = SECURITY_LOG_REQUIREMENTS[version][requirementId];
  const scan = logEvents ? latestScan(db, projectId) : undefined;
  return {
    id: req.id,
    version,
    level: req.level,
    chapter: `${req.chapterId} ${catalogue.chapters.find((c) => c.id === req.chapterId)?.name ?? ''}`.trim(),
    section: `${req.sectionId} ${catalogue.sections.find((s) => s.id === req.sectionId)?.name ?? ''}`.trim(),
    summary: req.summary,
    officialText: officialText(version, requirementId),
    automatable: req.automatable,
    automatableReason: req.automatableReason,
    status: coverage.status,
    statusReason: coverage.reason,
    conflict: coverage.conflict,
    mappedRules: rulesForRequirement(version, requirementId),
    findings,
    attestations: attestationHistory(db, projectId, version, requirementId).map((a) => ({
      id: a.id,
      status: a.status,
      evidence: a.evidence,
      links: a.links,
      by: a.actor,
      at: a.at,
      expiresAt: a.expiresAt,
      expired: a.expiresAt !== null && Date.parse(a.expiresAt) <= now,
      overrideReason: a.overrideReason,
      overriddenFindings: a.overriddenFindings,
      files: a.files,
    })),
    loggingEvidence: logEvents
      ? { scanId: scan?.id ?? null, places: scan ? securityLogs(db, scan.id, logEvents).map((e) => ({ ...e, label: SECURITY_LOG_EVENT_LABELS[e.event] })) : [] }
      : null,
    endpointEvidence: endpointEvidence(db, projectId, version, requirementId),
  };
}

export function attest(
  db: StoreDb,
  request: { projectId: number; asvsVersion: AsvsVersion; requirementId: string; status: AttestationStatus; evidence: string; links: string[]; expiresAt: string | null; override: string | null; fileTokens: string[] },
  officialText: OfficialText,
): RequirementDetail {
  if (!findRequirement(request.asvsVersion, request.requirementId)) throw new ServiceError('not-found', `ASVS ${request.asvsVersion} has no requirement ${request.requirementId}.`);
  const project = getProject(db, request.projectId);
  const snapshot = inventorySnapshot(db, project.id, request.asvsVersion, request.requirementId, new Date().toISOString());
  recordAttestation(db, {
    actor: reviewerFor(db, project.rootPath),
    override: request.override,
    files: [...takeEvidence(request.fileTokens), ...(snapshot ? [snapshot] : [])],
    projectId: request.projectId,
    asvsVersion: request.asvsVersion,
    requirementId: request.requirementId,
    status: request.status,
    evidence: request.evidence,
    links: request.links,
    expiresAt: request.expiresAt,
  });
  return requirementDetail(db, request.projectId, request.asvsVersion, request.requirementId, officialText);
}

/** One step from a suggestion to a person's decision: each suggested N/A becomes an attested N/A with its evidence of absence. */
export function confirmSuggested(db: StoreDb, request: { projectId: number; asvsVersion: AsvsVersion; requirementIds: string[] }): { confirmed: string[] } {
  const project = getProject(db, request.projectId);
  const scan = latestScan(db, project.id);
  if (!scan) throw new ServiceError('conflict', 'Scan the project first: suggestions come from what a scan examined.');
  const suggested = currentCoverage(db, project.id, request.asvsVersion, 3).requirements.filter((r) => r.status === 'not_applicable_suggested');
  const wanted = new Set(request.requirementIds);
  const chosen = suggested.filter((r) => wanted.size === 0 || wanted.has(r.id));
  if (chosen.length === 0) throw new ServiceError('conflict', 'None of these requirements is suggested as not applicable by the latest scan.');
  const by = reviewerFor(db, project.rootPath);
  db.transaction(() => {
    for (const r of chosen) {
      recordAttestation(db, { projectId: project.id, asvsVersion: request.asvsVersion, requirementId: r.id, status: 'not_applicable', evidence: `Confirmed suggestion of scan #${scan.id}: ${r.reason}`, actor: by });
    }
  })();
  return { confirmed: chosen.map((r) => r.id) };
}
