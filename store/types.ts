// Row shapes the store returns and the inputs it accepts. The desktop app (over IPC) and the
// reports read these; keep them plain data (no class instances, no Dates: ISO 8601 strings).
import type { SkipReason, SuppressionKind, TraceStep } from '../analyzer/types.js';
import type { AsvsLevel, AsvsVersion, AttestationStatus, Confidence, FindingKind, FindingStanding, Framework, Lifecycle, RequirementStatus, ScanStatus, Severity, TriageStatus } from '../domain/index.js';

export { SCAN_STATUSES, LIFECYCLES, TRIAGE_STATUSES, ATTESTATION_STATUSES, REQUIREMENT_STATUSES, FINDING_KINDS } from '../domain/index.js';
export type { AsvsLevel, AsvsVersion, AttestationStatus, Confidence, FindingKind, Lifecycle, RequirementStatus, ScanStatus, Severity, TriageStatus };

export interface ProjectRow {
  id: number;
  name: string;
  rootPath: string;
  asvsVersion: AsvsVersion;
  asvsLevel: AsvsLevel;
  createdAt: string;
}

export interface ScanRow {
  id: number;
  projectId: number;
  /** 'assay' for our analyzer, else the imported tool's name (bandit, semgrep, codeql…). */
  tool: string;
  status: ScanStatus;
  startedAt: string;
  finishedAt: string;
  gitCommit: string | null;
  gitBranch: string | null;
  gitDirty: boolean | null;
  analyzerVersion: string;
  rulesetVersion: string;
  filesScanned: number;
  filesSkipped: number;
  linesScanned: number;
  durationMs: number;
  frameworks: Framework[];
  rulesRun: string[];
  /** The results file an imported scan came from. */
  sourceFile: string | null;
  error: string | null;
  recordedAt: string;
}

export interface SkippedFileRow {
  path: string;
  reason: SkipReason | string;
  detail: string;
}

export interface FindingRow {
  id: number;
  projectId: number;
  fingerprint: string;
  tool: string;
  ruleId: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  kind: FindingKind;
  path: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  message: string;
  snippet: string;
  lifecycle: Lifecycle;
  /** The decision in force now: an expired risk acceptance reads as 'open'. */
  triage: TriageStatus;
  /** The latest recorded decision, even when expired. */
  triageRecorded: TriageStatus;
  triageExpiresAt: string | null;
  suppression: SuppressionKind | null;
  /** How it weighs on its requirements (domain/ findingStanding): 'suppressed_without_reason' is flagged everywhere. */
  standing: FindingStanding;
  cwe: number[];
  /** ASVS ids for the project's target version. */
  asvs: string[];
  /** Who works on it (latest assignment); null when unassigned. */
  assignee: string | null;
  firstSeenAt: string;
  /** When the current open period began (first seen, or reopened). */
  openedAt: string;
  fixedAt: string | null;
  firstSeenScanId: number;
  lastSeenScanId: number;
  fixedInScanId: number | null;
}

export interface TriageEventRow {
  id: number;
  findingId: number;
  status: TriageStatus;
  reason: string;
  expiresAt: string | null;
  actor: string;
  at: string;
}

export interface FindingDetail extends FindingRow {
  fix: string;
  trace: TraceStep[];
  suppressionReason: string | null;
  asvsAll: { version: AsvsVersion; requirementId: string }[];
  triageHistory: TriageEventRow[];
  /** Scans that saw it, oldest first. */
  sightings: { scanId: number; startLine: number; lifecycle: Exclude<Lifecycle, 'fixed'> }[];
}

export interface AttestationRow {
  id: number;
  projectId: number;
  asvsVersion: AsvsVersion;
  requirementId: string;
  status: AttestationStatus;
  evidence: string;
  links: string[];
  actor: string;
  at: string;
  expiresAt: string | null;
  /** A pass recorded over open findings: why (a conflict every view shows); null otherwise. */
  overrideReason: string | null;
  overriddenFindings: number;
  files: EvidenceFileRow[];
}

export interface EvidenceFileRow {
  name: string;
  sha256: string;
  size: number;
}

export interface CoverageSnapshotRow {
  asvsVersion: AsvsVersion;
  requirementId: string;
  level: AsvsLevel;
  chapter: string;
  status: RequirementStatus;
  /** Why, in the words every view shows; empty for snapshots recorded before reasons were kept. */
  reason: string;
}

export type SeverityCounts = Record<Severity, number>;

export interface Settings {
  reviewer: string;
  /** Days an open finding of each severity may stay open; null = no SLA. */
  slaDays: Record<Severity, number | null>;
}
