// Gathers a ReportModel from the store: the project, one scan, every finding that scan saw with
// its trace and triage record, the ASVS coverage at the chosen version and level (computed live,
// so today's attestations and triage decisions count), skipped files and the rules. Only the
// store's public API is used.
import { reportEndpoints } from './endpoints-model.js';
import { reportDependencies } from './dependencies-model.js';
import { ruleScope, type RuleDefinition } from '../analyzer/rule.js';
import { FINDING_KINDS, severityRank, type FindingStanding } from '../domain/index.js';
import { getCatalogue } from '../asvs/catalogue.js';
import { refsFor, type CoverageAttestation, type CoverageRollup } from '../asvs/coverage.js';
import type { Automatability } from '../asvs/types.js';
import {
  getProject,
  diffScans,
  listScans,
  type DiffFinding,
  getScan,
  latestScan,
  listFindings,
  liveCoverage,
  reviewerName,
  skippedFiles,
  validAttestations,
  scanFindingExtras,
  StoreInputError,
  LIFECYCLES,
  TRIAGE_STATUSES,
  type AsvsLevel,
  type AsvsVersion,
  type AttestationRow,
  type FindingRow,
  type StoreDb,
  type FindingExtras,
  reviewStateOf,
} from '../store/index.js';
import { REPORT_SCHEMA_VERSION, type ReportAttestation, type ReportChangeFinding, type ReportChanges, type ReportFinding, type ReportModel, type ReportRequirement, type ReportRollup } from './model.js';

export interface ReportOptions {
  projectId: number;
  /** Default: the project's latest complete or imported scan. */
  scanId?: number;
  /** Default: the project's target version and level. */
  asvsVersion?: AsvsVersion;
  level?: AsvsLevel;
  /** Default: the reviewer configured in the store. */
  reviewer?: string;
  /** The rule registry (analyzer/rules allRules): coverage needs to know which rules map where. */
  rules: readonly RuleDefinition[];
  /** Official requirement text by id (store/asvs-import loadOfficialText), shown beside our summaries. */
  officialText?: ReadonlyMap<string, string> | null;
  /** The instant the report speaks for (attestation and acceptance expiry); default now. */
  now?: string;
}

const PAGE = 1000;
/** Findings listed under a requirement: those that make it fail, or that are its accepted exceptions. */
const COUNTING: ReadonlySet<FindingStanding> = new Set(['open', 'suppressed_without_reason', 'risk_accepted', 'suppressed_with_reason']);

function toReportFinding(row: FindingRow, x: FindingExtras, version: AsvsVersion): ReportFinding {
  const asvsAll: Record<AsvsVersion, string[]> = { '5.0.0': [], '4.0.3': [] };
  for (const a of x.asvsAll) asvsAll[a.version].push(a.requirementId);
  return {
    id: row.id,
    fingerprint: row.fingerprint,
    tool: row.tool,
    ruleId: row.ruleId,
    title: row.title,
    severity: row.severity,
    confidence: row.confidence,
    kind: reviewStateOf(row.kind, row.triage) === 'needs_fix' ? 'vulnerability' : row.kind,
    review: reviewStateOf(row.kind, row.triage),
    cwe: row.cwe,
    asvs: [...refsFor(asvsAll, version)],
    asvsAll,
    path: row.path,
    // The row holds the latest sighting's place; the report speaks for its own scan.
    range: { start: { line: x.startLine, column: row.startColumn }, end: { line: x.endLine, column: row.endColumn } },
    message: row.message,
    snippet: row.snippet,
    trace: x.trace,
    fix: x.fix,
    lifecycle: x.lifecycle,
    disposition: row.suppression ? 'suppressed' : row.triage,
    standing: row.standing,
    triage: row.triage,
    triageExpiresAt: row.triageExpiresAt,
    triageHistory: x.triageHistory.map((e) => ({ status: e.status, reason: e.reason, actor: e.actor, at: e.at, expiresAt: e.expiresAt })),
    suppression: row.suppression ? { kind: row.suppression, reason: x.suppressionReason } : null,
    firstSeenAt: row.firstSeenAt,
    assignee: row.assignee,
  };
}

/** Every finding the scan saw, whatever its triage or suppression, in the store's severity order. */
function scanFindings(db: StoreDb, projectId: number, scanId: number, version: AsvsVersion, now: string): ReportFinding[] {
  const extras = scanFindingExtras(db, scanId);
  const out: ReportFinding[] = [];
  const filter = { scanId, kind: [...FINDING_KINDS], lifecycle: [...LIFECYCLES], triage: [...TRIAGE_STATUSES], suppressed: 'any' as const };
  for (let offset = 0; ; offset += PAGE) {
    const page = listFindings(db, projectId, { filter, sort: 'severity', offset, limit: PAGE, now });
    for (const row of page.rows) {
      const x = extras.get(row.id);
      if (x) out.push(toReportFinding(row, x, version));
    }
    if (offset + PAGE >= page.total) break;
  }
  return out;
}

/** The store's row carries the links; the coverage model's copy is the fallback if they ever disagree. */
function attestationOf(row: AttestationRow | undefined, a: CoverageAttestation): ReportAttestation {
  if (row && row.at === a.createdAt) {
    return { status: row.status, evidence: row.evidence, links: row.links, actor: row.actor, at: row.at, expiresAt: row.expiresAt, overrideReason: row.overrideReason, overriddenFindings: row.overriddenFindings, files: row.files.map((f) => ({ ...f })) };
  }
  return { status: a.status, evidence: a.note ?? '', links: [], actor: a.by ?? '', at: a.createdAt, expiresAt: a.expiresAt ?? null, overrideReason: a.override ?? null, overriddenFindings: a.overriddenFindings ?? 0, files: [] };
}

const rollup = (r: CoverageRollup): ReportRollup => ({ id: r.id, name: r.name, total: r.total, counts: { ...r.counts }, compliance: r.compliance, automatedCoverage: r.automatedCoverage });

function changesSincePrevious(db: StoreDb, projectId: number, scanId: number, now: string): ReportChanges | null {
  const previous = listScans(db, projectId).filter((s) => s.id < scanId).at(-1);
  if (!previous) return null;
  const d = diffScans(db, projectId, { fromScanId: previous.id, toScanId: scanId, now });
  const item = (f: DiffFinding): ReportChangeFinding => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, title: f.title, severity: f.severity, path: f.path, line: f.startLine });
  const worstFirst = (a: DiffFinding, b: DiffFinding) => severityRank(a.severity) - severityRank(b.severity);
  return {
    previousScan: { id: previous.id, startedAt: previous.startedAt, gitCommit: previous.gitCommit },
    new: [...d.new].sort(worstFirst).map(item),
    fixed: [...d.fixed].sort(worstFirst).map(item),
  };
}

export function buildReportModel(db: StoreDb, options: ReportOptions): ReportModel {
  const now = options.now ?? new Date().toISOString();
  const project = getProject(db, options.projectId);
  const scan = options.scanId !== undefined ? getScan(db, options.scanId) : latestScan(db, project.id);
  if (!scan) throw new StoreInputError(`Project "${project.name}" has no complete scan to report on. Scan it first.`);
  if (scan.projectId !== project.id) throw new StoreInputError(`Scan ${scan.id} belongs to another project, not "${project.name}".`);
  const version = options.asvsVersion ?? project.asvsVersion;
  const level = options.level ?? project.asvsLevel;
  const catalogue = getCatalogue(version);

  const findings = scanFindings(db, project.id, scan.id, version, now);
  const coverage = liveCoverage(db, options.rules.map(ruleScope), project.id, scan.id, version, level, now);
  const attested = new Map(validAttestations(db, project.id, version, now).map((a) => [a.requirementId, a]));
  const summaries = new Map(catalogue.requirements.map((r) => [r.id, r.summary]));

  const failingBy = new Map<string, number[]>();
  for (const f of findings) {
    if (!COUNTING.has(f.standing) || f.kind === 'hotspot') continue;
    for (const id of f.asvs) failingBy.set(id, [...(failingBy.get(id) ?? []), f.id]);
  }
  const automatability: Record<Automatability, number> = { automatable: 0, partial: 0, manual: 0 };
  const requirements: ReportRequirement[] = coverage.requirements
    .filter((r) => r.inScope)
    .map((r) => {
      automatability[r.automatable]++;
      const a = r.attestation;
      return {
        id: r.id,
        chapterId: r.chapterId,
        sectionId: r.sectionId,
        level: r.level,
        summary: summaries.get(r.id) ?? '',
        officialText: options.officialText?.get(r.id) ?? null,
        status: r.status,
        reason: r.reason,
        automatable: r.automatable,
        mappedRules: r.mappedRules,
        rulesRan: r.rulesRan,
        findingIds: r.status === 'failing' || r.status === 'failing_risk_accepted' ? (failingBy.get(r.id) ?? []) : [],
        attestation: a ? attestationOf(attested.get(r.id), a) : null,
        conflict: r.conflict,
      };
    });

  const rulesRun = new Set(scan.rulesRun);
  return {
    changes: changesSincePrevious(db, project.id, scan.id, now),
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: now,
    reviewer: options.reviewer?.trim() || reviewerName(db),
    tool: { name: 'Assay', analyzerVersion: scan.analyzerVersion, rulesetVersion: scan.rulesetVersion },
    project: { id: project.id, name: project.name, rootPath: project.rootPath },
    scan: {
      id: scan.id,
      tool: scan.tool,
      status: scan.status,
      startedAt: scan.startedAt,
      finishedAt: scan.finishedAt,
      durationMs: scan.durationMs,
      gitCommit: scan.gitCommit,
      gitBranch: scan.gitBranch,
      gitDirty: scan.gitDirty,
      filesScanned: scan.filesScanned,
      filesSkipped: scan.filesSkipped,
      linesScanned: scan.linesScanned,
      frameworks: [...scan.frameworks],
      rulesRun: [...scan.rulesRun],
      error: scan.error,
    },
    asvs: { version, level },
    compliance: {
      total: rollup(coverage.total),
      chapters: coverage.chapters.filter((c) => c.total > 0).map(rollup),
      levels: coverage.levels.map(rollup),
      automatability,
    },
    requirements,
    chapterNames: Object.fromEntries(catalogue.chapters.map((c) => [c.id, c.name])),
    sectionNames: Object.fromEntries(catalogue.sections.map((s) => [s.id, s.name])),
    findings,
    dependencies: reportDependencies(db, scan.id, findings, { projectName: project.name, generatedAt: now, toolVersion: scan.analyzerVersion }),
    ...endpointsPart(db, scan.id),
    skipped: skippedFiles(db, scan.id),
    rules: options.rules.map((r) => ({
      id: r.id,
      title: r.title,
      severity: r.severity,
      confidence: r.confidence,
      kind: r.kind,
      cwe: [...r.cwe],
      asvs: [...refsFor(r.asvs, version)],
      asvsAll: { '5.0.0': [...r.asvs['5.0.0']], '4.0.3': [...r.asvs['4.0.3']] },
      frameworks: [...(r.frameworks ?? [])],
      ran: rulesRun.has(r.id),
      docs: { what: r.docs.what, why: r.docs.why, example: r.docs.example, fix: r.docs.fix, references: [...r.docs.references] },
    })),
  };
}

/** The inventory joins the model only when the scan took one (an absent key, not an empty list). */
function endpointsPart(db: StoreDb, scanId: number): Pick<ReportModel, 'endpoints'> {
  const endpoints = reportEndpoints(db, scanId);
  return endpoints ? { endpoints } : {};
}
