// The analyzer's public contract. The store, reports, CLI and desktop app all read these shapes,
// so a change here is a change to every room: keep it additive.

import type { Endpoint, ScanFacts, SecurityLogEvidence } from '../domain/index.js';
import type { AsvsRefs, Confidence, FindingKind, Framework, Severity } from '../domain/index.js';
import type { DependencyInventory } from './dependencies/model.js';
import type { TemplateNameNote } from './frameworks/template-names.js';
// The vocabulary lives in domain/; re-exported so the analyzer's contract reads in one place.
export { SEVERITIES, CONFIDENCES, FRAMEWORKS, FINDING_KINDS } from '../domain/index.js';
export type { Severity, Confidence, Framework, FindingKind, AsvsVersion, AsvsRefs } from '../domain/index.js';

/** 1-based line, 1-based column (in UTF-16 code units of the decoded line, as editors count). */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type TraceStepKind = 'source' | 'step' | 'call' | 'return' | 'sanitizer' | 'sink';

/** One hop of a dataflow trace, from the untrusted source to the sink. */
export interface TraceStep {
  kind: TraceStepKind;
  /** Path relative to the scan root, POSIX separators. */
  path: string;
  range: Range;
  /** Human text: "request.GET['q'] read here", "passed to cursor.execute". */
  message: string;
  /** The source line, trimmed; shown as text only. */
  snippet: string;
}

export type SuppressionKind = 'nosec' | 'assay-ignore' | 'config';

/** Why a finding is not counted as open. Suppressed findings are reported, never dropped. */
export interface Suppression {
  kind: SuppressionKind;
  /** Free text after the marker, or null when the author gave none. */
  justification: string | null;
  /** 1-based line of the comment (0 for config-level suppressions). */
  line: number;
}

export interface Finding {
  ruleId: string;
  title: string;
  /** The primary (most specific) CWE first; `relatedCwe` holds the others the flaw also belongs to. */
  cwe: number[];
  /** Other CWEs the same flaw belongs to (one finding per flaw); absent or empty when none. */
  relatedCwe?: number[];
  asvs: AsvsRefs;
  severity: Severity;
  confidence: Confidence;
  /**
   * vulnerability: Assay has seen the flaw; counts for --fail-on, open findings and failing requirements.
   * hotspot: safety depends on context Assay cannot see; a person reviews it (message says what to check).
   */
  kind: FindingKind;
  /** Path relative to the scan root, POSIX separators. */
  path: string;
  range: Range;
  /** Names the actual source and sink (for taint) or the offending construct. */
  message: string;
  /** The flagged line(s), trimmed, at most a few hundred characters. Text, never HTML. */
  snippet: string;
  /** Empty for findings that need no dataflow. */
  trace: TraceStep[];
  /** Short fix guidance (the rule's docs.fix, possibly specialised). */
  fix: string;
  /** Stable identity across scans: survives line shifts and unrelated edits. Hex string. */
  fingerprint: string;
  suppression: Suppression | null;
  /** The tool that produced it: 'assay' for our analyzer, else the imported tool's name. */
  tool: string;
  /** Inventory rules: the endpoint the finding is about, as `METHODS path` (domain endpointKey without the framework). */
  endpoint?: string;
}

export type SkipReason =
  | 'excluded' // matched .gitignore, the default exclude list or the config's excludes
  | 'too-large'
  | 'binary'
  | 'decode-error'
  | 'symlink-outside-root'
  | 'symlink-loop'
  | 'unreadable'
  | 'not-python';

export interface SkippedFile {
  path: string;
  reason: SkipReason;
  detail: string;
}

export interface ScannedFile {
  path: string;
  lines: number;
  bytes: number;
  encoding: string;
  /** True when tree-sitter recovered from syntax errors: analysed where the tree allows. */
  partial: boolean;
  /**
   * True when the dataflow analysis of this file ran out of its step budget (pathological nesting):
   * partially analysed, its flows found so far reported, the rest not. Absent means fully analysed.
   */
  budgetExceeded?: boolean;
  /** Parse plus per-file rules, milliseconds. */
  millis: number;
}

export interface ScanStats {
  filesScanned: number;
  filesSkipped: number;
  linesScanned: number;
  partialFiles: number;
  /** Files partially analysed because the dataflow step budget ran out (see ScannedFile.budgetExceeded). */
  budgetExceededFiles?: number;
  /** Files whose analysis came from the analysis cache (present when the cache was on). */
  cachedFiles?: number;
  durationMs: number;
  parseMs: number;
  taintMs: number;
}

export interface ScanResult {
  /** Absolute path of the scanned root, as given (resolved). */
  root: string;
  startedAt: string; // ISO 8601
  finishedAt: string; // ISO 8601
  analyzerVersion: string;
  rulesetVersion: string;
  /** Frameworks whose imports were seen in the project. */
  frameworks: Framework[];
  /** Ids of the rules that ran (enabled and applicable to the frameworks present). */
  rulesRun: string[];
  files: ScannedFile[];
  skipped: SkippedFile[];
  findings: Finding[];
  /** What the analyzer examined (handlers, API families, sinks …): the ground a pass stands on. */
  facts?: ScanFacts;
  /** Templates the views render that Assay could not look at (missing files, names chosen at run time); absent in older results. */
  templateNames?: TemplateNameNote;
  /** Where the application logs security events (logins, denials, auth signal receivers): evidence, not findings. */
  securityLogging?: SecurityLogEvidence[];
  /** Every route the project serves with its guards (see analyzer/endpoints/); absent in results of older Assay. */
  endpoints?: Endpoint[];
  stats: ScanStats;
  /** Git facts when the root is inside a work tree; nulls otherwise. `note` says why dirty is null in a repository. */
  git: { commit: string | null; branch: string | null; dirty: boolean | null; note?: string };
  /** True when the scan was cancelled: its findings are partial and must fix nothing. */
  cancelled: boolean;
  /** Rules that threw: their findings in that file (or the taint pass) are missing. Empty when all ran. */
  ruleErrors?: RuleError[];
  /** The configuration file the scan used (absolute path), or null for defaults. */
  configFile?: string | null;
  /** The dependency inventory read from the project's manifests (absent in results imported from elsewhere). */
  dependencies?: DependencyInventory;
  /** The advisory data dependency findings were matched against; null when none was imported. */
  advisoryData?: AdvisoryDataFacts | null;
}

/** How much advisory data a scan had, and how fresh it was. */
export interface AdvisoryDataFacts {
  count: number;
  /** Newest `modified` time of the records (ISO 8601), or null when none. */
  newestModified: string | null;
  /** Whole days between newestModified and the scan. */
  ageDays: number | null;
}

/** A rule that crashed on a file (path) or in the project-wide pass (path null). */
export interface RuleError {
  ruleId: string;
  path: string | null;
  message: string;
}

export interface ScanProgress {
  phase: 'discover' | 'parse' | 'taint' | 'done';
  filesDone: number;
  filesTotal: number;
  currentFile: string | null;
  elapsedMs: number;
}
