// Row shapes the store returns and the inputs it accepts. The desktop app (over IPC) and the
// reports read these; keep them plain data (no class instances, no Dates: ISO 8601 strings).
import type { AsvsVersion, Confidence, FindingKind, Framework, Severity, SkipReason, SuppressionKind, TraceStep } from '../analyzer/types.js';

export type { AsvsVersion, Confidence, FindingKind, Severity };

export const SCAN_STATUSES = ['complete', 'cancelled', 'failed', 'imported'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

/** Derived from scans: never set by hand. */
export const LIFECYCLES = ['new', 'persisting', 'fixed', 'reopened'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

/** A person's decision about a finding. */
export const TRIAGE_STATUSES = ['open', 'confirmed', 'false_positive', 'accepted_risk'] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

export const ATTESTATION_STATUSES = ['pass', 'fail', 'not_applicable'] as const;
export type AttestationStatus = (typeof ATTESTATION_STATUSES)[number];

export const COVERAGE_STATUSES = ['failing', 'passing_automated', 'passing_attested', 'not_applicable', 'not_verified'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

export type AsvsLevel = 1 | 2 | 3;

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
  cwe: number[];
  /** ASVS ids for the project's target version. */
  asvs: string[];
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
}

export interface CoverageSnapshotRow {
  asvsVersion: AsvsVersion;
  requirementId: string;
  level: AsvsLevel;
  chapter: string;
  status: CoverageStatus;
}

export type SeverityCounts = Record<Severity, number>;

export interface Settings {
  reviewer: string;
  /** Days an open finding of each severity may stay open; null = no SLA. */
  slaDays: Record<Severity, number | null>;
}
