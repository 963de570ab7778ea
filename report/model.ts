// The report model: everything any report format shows, gathered once from the store as plain data
// (JSON-serialisable, no class instances, ISO 8601 strings). Every renderer reads only this, so
// HTML, PDF, CSV, JSON and SARIF of one report always tell the same story.
import type { RuleDocs } from '../analyzer/rule.js';
import type { Range, SuppressionKind, TraceStep } from '../analyzer/types.js';
import type {
  AsvsLevel, AsvsRefs, AsvsVersion, AttestationStatus, Automatability, Confidence, Endpoint, EndpointSlice, FindingKind, FindingStanding, Framework, Lifecycle, RequirementStatus, ScanStatus, Severity, StatusCounts, TriageStatus,
} from '../domain/index.js';
import type { SkippedFileRow } from '../store/index.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface ReportTriageEvent {
  status: TriageStatus;
  reason: string;
  actor: string;
  at: string;
  expiresAt: string | null;
}

/**
 * Why a finding does not count as open, if it does not: an in-source or config suppression, or a
 * person's triage decision in force at generation time.
 */
export type FindingDisposition = 'open' | 'confirmed' | 'suppressed' | 'false_positive' | 'accepted_risk';

export interface ReportFinding {
  /** The store's finding id: stable within one database, cited by requirements. */
  id: number;
  fingerprint: string;
  tool: string;
  ruleId: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  /** As it counts: vulnerability (seen, or a hotspot a reviewer said needs a fix) or hotspot (to review). */
  kind: FindingKind;
  /** For hotspots: where the review stands (its events are in triageHistory); null for vulnerabilities. */
  review: 'unreviewed' | 'safe' | 'needs_fix' | null;
  cwe: number[];
  /** Requirement ids in the report's ASVS version. */
  asvs: string[];
  /** Ids in both versions, as the finding carries them. */
  asvsAll: AsvsRefs;
  path: string;
  /** Where it was at the reported scan. */
  range: Range;
  message: string;
  snippet: string;
  trace: TraceStep[];
  fix: string;
  /** Lifecycle at the reported scan (new, persisting, reopened). */
  lifecycle: Exclude<Lifecycle, 'fixed'>;
  disposition: FindingDisposition;
  /** How it weighs on its requirements (domain/ findingStanding): exceptions and dismissals are listed apart. */
  standing: FindingStanding;
  /** The triage decision in force at generation time. */
  triage: TriageStatus;
  triageExpiresAt: string | null;
  triageHistory: ReportTriageEvent[];
  suppression: { kind: SuppressionKind; reason: string | null } | null;
  firstSeenAt: string;
  /** Who works on it at generation time; null when unassigned. */
  assignee: string | null;
}

export interface ReportAttestation {
  status: AttestationStatus;
  evidence: string;
  links: string[];
  actor: string;
  at: string;
  expiresAt: string | null;
  /** A pass recorded over open findings: the justification (a conflict); null otherwise. */
  overrideReason: string | null;
  overriddenFindings: number;
  /** Evidence files, stored by SHA-256; the evidence pack holds them under evidence/. */
  files: Array<{ name: string; sha256: string; size: number }>;
}

export interface ReportRequirement {
  id: string;
  chapterId: string;
  sectionId: string;
  level: AsvsLevel;
  summary: string;
  /** The official OWASP wording, when the user imported it (CC BY-SA 4.0, © OWASP Foundation). */
  officialText: string | null;
  status: RequirementStatus;
  /** One sentence: why this status (from the coverage model). */
  reason: string;
  automatable: Automatability;
  mappedRules: string[];
  rulesRan: string[];
  /** Ids of the reported findings that make it fail (open ones of mapped rules). */
  findingIds: number[];
  attestation: ReportAttestation | null;
  /** A pass attested over open findings. */
  conflict: { override: string; openFindings: number; by: string } | null;
}

export interface ReportRollup {
  id: string;
  name: string;
  total: number;
  counts: StatusCounts;
  compliance: number;
  automatedCoverage: number;
}

export interface ReportRule {
  id: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  /** The rule's default kind (a finding may differ). */
  kind: FindingKind;
  cwe: number[];
  /** Requirement ids in the report's ASVS version. */
  asvs: string[];
  asvsAll: AsvsRefs;
  frameworks: Framework[];
  /** Whether it ran in the reported scan (enabled and applicable to the frameworks present). */
  ran: boolean;
  docs: RuleDocs;
}

/** The dependency section: inventory counts, vulnerable components, suspicious names, and the SBOM. */
export interface ReportDependencies {
  counts: { manifests: number; total: number; direct: number; transitive: number; exact: number };
  manifests: Array<{ path: string; kind: string; count: number }>;
  problems: Array<{ path: string; line: number | null; message: string }>;
  vulnerable: Array<{ findingId: number; path: string; line: number; severity: Severity; message: string; fix: string; disposition: FindingDisposition }>;
  suspicious: Array<{ findingId: number; ruleId: string; path: string; line: number; message: string; disposition: FindingDisposition }>;
  /** The advisory data the scan matched against; null when none was imported. */
  advisoryData: { count: number; newestModified: string | null; ageDays: number | null } | null;
  /** The CycloneDX 1.6 SBOM (with VEX from triage), as JSON data. */
  sbom: Record<string, unknown>;
}

export interface ReportModel {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  generatedAt: string;
  reviewer: string;
  tool: { name: 'Assay'; analyzerVersion: string; rulesetVersion: string };
  project: { id: number; name: string; rootPath: string };
  scan: {
    id: number;
    tool: string;
    status: ScanStatus;
    startedAt: string;
    finishedAt: string;
    durationMs: number;
    gitCommit: string | null;
    gitBranch: string | null;
    gitDirty: boolean | null;
    filesScanned: number;
    filesSkipped: number;
    linesScanned: number;
    frameworks: string[];
    rulesRun: string[];
    error: string | null;
  };
  asvs: { version: AsvsVersion; level: AsvsLevel };
  compliance: {
    /** The target level's scope. */
    total: ReportRollup;
    /** Chapters with requirements in scope. */
    chapters: ReportRollup[];
    /** Cumulative L1, L2, L3. */
    levels: ReportRollup[];
    /** Requirements in scope per automatability class: what a static analyzer can speak to at all. */
    automatability: Record<Automatability, number>;
  };
  /** Requirements in scope at the target level, in catalogue order. */
  requirements: ReportRequirement[];
  /** Chapter and section names of the version, for headings. */
  chapterNames: Record<string, string>;
  sectionNames: Record<string, string>;
  /** Every finding the scan saw (suppressed and triaged ones included), worst first. */
  findings: ReportFinding[];
  /** The dependency inventory of the scan (absent in models built before it existed). */
  dependencies?: ReportDependencies;
  skipped: SkippedFileRow[];
  rules: ReportRule[];
  /** What changed since the project's previous scan (store diffScans); null for a first scan. */
  changes: ReportChanges | null;
  /** The scan's endpoint inventory (absent when the scan took none, and in models built before it existed). */
  endpoints?: ReportEndpoints;
}

/** The endpoint inventory appendix and the pack's endpoints.json. */
export interface ReportEndpoints {
  slice: EndpointSlice;
  /** In the inventory's order (domain compareEndpoints). */
  endpoints: Endpoint[];
  /** Findings that name an endpoint; `endpoint` indexes `endpoints`. */
  findings: Array<{ endpoint: number; findingId: number; ruleId: string; severity: Severity }>;
}

export interface ReportChangeFinding {
  fingerprint: string;
  ruleId: string;
  title: string;
  severity: Severity;
  path: string;
  line: number;
}

export interface ReportChanges {
  previousScan: { id: number; startedAt: string; gitCommit: string | null };
  /** Seen by this scan, not by the previous one. */
  new: ReportChangeFinding[];
  /** Seen by the previous scan, not by this one. */
  fixed: ReportChangeFinding[];
}
