// The one contract between the renderer and the main process: channel → request → response.
// The renderer imports only these types (eslint enforces it); the preload exposes exactly one
// function per entry of API_METHODS, and main registers one validated handler per channel.

import type { AsvsLevel, AsvsVersion, AttestationStatus, Automatability, Endpoint, RoutedCounts, Confidence, FindingKind, FindingStanding, HotspotReviewState, Lifecycle, ReportFormat, RequirementStatus, SecurityLogEvent, Severity, TriageStatus } from '../domain/index.js';

// The words come from domain/, so the renderer and main spell every status the same way.
export type { AsvsLevel, AsvsVersion, AttestationStatus, Automatability, Confidence, FindingKind, FindingStanding, HotspotReviewState, Lifecycle, ReportFormat, RequirementStatus, Severity, TriageStatus };
export type Theme = 'system' | 'light' | 'dark';

export type AppErrorCode =
  | 'invalid-request' // the payload failed validation
  | 'forbidden' // the sender is not our window
  | 'not-found'
  | 'conflict' // e.g. a scan is already running for this project
  | 'unavailable' // a service this build lacks (e.g. a report format not implemented yet)
  | 'io' // reading or writing a file failed
  | 'internal';

/** Errors travel as data so the UI can show them; handlers never throw across IPC. */
export interface AppError {
  code: AppErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export type BySeverity = Record<Severity, number>;
export type ByStatus = Record<RequirementStatus, number>;

export interface AppInfo {
  version: string;
  dataDir: string;
  databasePath: string;
  demoAvailable: boolean;
  /** 'electron' in the app, 'harness' under the browser test harness. */
  host: 'electron' | 'harness';
  platform: string;
}

export interface ScanSummary {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  status: 'complete' | 'cancelled' | 'failed' | 'running';
  commit: string | null;
  branch: string | null;
  dirty: boolean | null;
  filesScanned: number;
  filesSkipped: number;
  durationMs: number | null;
  analyzerVersion: string;
  rulesetVersion: string;
}

export interface ProjectSummary {
  id: number;
  name: string;
  root: string;
  asvsVersion: AsvsVersion;
  level: AsvsLevel;
  lastScan: ScanSummary | null;
  /** (passing + not applicable) / requirements at the target level, 0..1; null before any scan. */
  compliance: number | null;
  openBySeverity: BySeverity;
}

export interface ScanProgressView {
  phase: 'queued' | 'discover' | 'parse' | 'taint' | 'store' | 'done';
  filesDone: number;
  filesTotal: number;
  currentFile: string | null;
  elapsedMs: number;
}

export interface ScanJob {
  jobId: string;
  projectId: number;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  progress: ScanProgressView;
  scanId: number | null;
  findings: number | null;
  error: AppError | null;
}

export interface ChapterCoverage {
  id: string;
  name: string;
  counts: ByStatus;
  total: number;
  compliance: number;
}

export interface ComplianceSummary {
  ratio: number;
  total: number;
  counts: ByStatus;
  /** Requirements with at least one mapped rule that ran. */
  automatedCoverage: number;
}

export interface HistoryPoint {
  scanId: number;
  startedAt: string;
  openBySeverity: BySeverity;
  /** Open vulnerabilities (the counts above and below are vulnerabilities). */
  open: number;
  newCount: number;
  fixedCount: number;
  /** Open hotspots: the To review queue at that scan, counted apart. */
  hotspotsOpen: number;
  compliance: number | null;
}

export interface Dashboard {
  project: ProjectSummary;
  scan: ScanSummary | null;
  asvsVersion: AsvsVersion;
  level: AsvsLevel;
  compliance: ComplianceSummary;
  chapters: ChapterCoverage[];
  openBySeverity: BySeverity;
  topCwes: Array<{ cwe: number; count: number }>;
  automatable: Record<Automatability, number>;
  history: HistoryPoint[];
}

export interface RequirementRow {
  id: string;
  level: AsvsLevel;
  summary: string;
  status: RequirementStatus;
  automatable: Automatability;
}

export interface AsvsTree {
  version: AsvsVersion;
  level: AsvsLevel;
  counts: ByStatus;
  chapters: Array<{
    id: string;
    name: string;
    counts: ByStatus;
    sections: Array<{ id: string; name: string; requirements: RequirementRow[] }>;
  }>;
}

export interface AttestationRecord {
  id: number;
  status: AttestationStatus;
  evidence: string;
  links: string[];
  by: string;
  at: string;
  expiresAt: string | null;
  expired: boolean;
  /** A pass recorded over open findings: why (a conflict); null otherwise. */
  overrideReason: string | null;
  overriddenFindings: number;
  files: Array<{ name: string; sha256: string; size: number }>;
}

export interface FindingRow {
  id: number;
  fingerprint: string;
  ruleId: string;
  title: string;
  severity: Severity;
  confidence: Confidence;
  cwe: number[];
  asvs: string[];
  path: string;
  line: number;
  message: string;
  triage: TriageStatus;
  lifecycle: Lifecycle;
  firstSeenAt: string;
  suppressed: boolean;
  /** How it weighs on its requirements; 'suppressed_without_reason' is flagged in the UI. */
  standing: FindingStanding;
  /** As it counts now: a hotspot a reviewer said needs a fix is a vulnerability. */
  kind: FindingKind;
  /** For hotspots: unreviewed, reviewed safe, or needs fix (then kind is vulnerability); null for vulnerabilities. */
  review: HotspotReviewState | null;
  /** Who works on it; null when unassigned. */
  assignee: string | null;
}

export interface RequirementDetail {
  id: string;
  version: AsvsVersion;
  level: AsvsLevel;
  chapter: string;
  section: string;
  summary: string;
  /** The official OWASP text, when the user imported it (Settings → Import ASVS). */
  officialText: string | null;
  automatable: Automatability;
  automatableReason: string;
  status: RequirementStatus;
  statusReason: string;
  /** A pass attested over open findings. */
  conflict: { override: string; openFindings: number; by: string } | null;
  mappedRules: Array<{ id: string; title: string }>;
  findings: FindingRow[];
  attestations: AttestationRecord[];
  /**
   * For the logging requirements: where the latest scan saw the application log the security events
   * this requirement asks for (repository text, shown inert); null for every other requirement.
   */
  loggingEvidence: { scanId: number | null; places: Array<{ event: SecurityLogEvent; label: string; path: string; line: number; handler: string; call: string }> } | null;
  /**
   * For the access-control and API requirements: the latest inventory's slice this requirement relies
   * on (the routes' counts and, apart, the unrouted views'; the routes anyone may call or whose guard
   * Assay cannot read, at most 50 each); an attestation recorded here attaches the whole inventory as
   * an evidence file. Null elsewhere.
   */
  endpointEvidence: { scanId: number | null; counts: RoutedCounts | null; open: Endpoint[]; unknown: Endpoint[] } | null;
}

export type FindingSortKey = 'severity' | 'confidence' | 'rule' | 'path' | 'firstSeen' | 'status';

export interface FindingsFilter {
  severity?: Severity[];
  confidence?: Confidence[];
  cwe?: number[];
  /** ASVS chapter ("V1") or requirement ("V1.2.4") of the project's ASVS version. */
  asvs?: string;
  ruleId?: string[];
  triage?: TriageStatus[];
  lifecycle?: Lifecycle[];
  pathText?: string;
  /** Findings silenced in code (nosec, assay: ignore) are left out unless this is true. */
  includeSuppressed?: boolean;
  /** Vulnerabilities (the Findings page, the default) or hotspots (the To review queue). */
  kind?: FindingKind;
  /** Free text over message, path, rule, title, CWE and snippet: every word (or its start) must occur. */
  search?: string;
  /** Assigned to one of these people; null stands for unassigned. */
  assignee?: (string | null)[];
}

export interface FindingsQuery {
  projectId: number;
  filter: FindingsFilter;
  sort: { key: FindingSortKey; dir: 'asc' | 'desc' };
  offset: number;
  limit: number;
}

export interface FindingsPage {
  total: number;
  offset: number;
  rows: FindingRow[];
}

export interface FindingFacets {
  rules: Array<{ id: string; title: string; count: number }>;
  cwes: Array<{ cwe: number; count: number }>;
  assignees: Array<{ name: string; count: number }>;
}

export interface TraceStepView {
  kind: 'source' | 'step' | 'call' | 'return' | 'sanitizer' | 'sink';
  path: string;
  line: number;
  column: number;
  message: string;
  snippet: string;
}

export interface TriageEventView {
  status: TriageStatus;
  reason: string | null;
  by: string;
  at: string;
  expiresAt: string | null;
}

export interface AssignmentEventView {
  assignee: string | null;
  by: string;
  at: string;
}

export interface NoteView {
  body: string;
  by: string;
  at: string;
}

/**
 * The lines around a finding, read from the repository when the detail is opened. Null when the
 * file is gone, changed past recognition, or outside the repository (the snippet is then all there is).
 */
export interface CodeContextView {
  startLine: number;
  lines: string[];
  /** The flagged range, 1-based inclusive. */
  flagged: { start: number; end: number };
}

export interface RuleDocsView {
  id: string;
  title: string;
  what: string;
  why: string;
  example: string;
  fix: string;
  references: string[];
}

export interface FindingDetail extends FindingRow {
  snippet: string;
  endLine: number;
  column: number;
  trace: TraceStepView[];
  fix: string;
  tool: string;
  suppression: { kind: string; justification: string | null } | null;
  rule: RuleDocsView | null;
  triageHistory: TriageEventView[];
  /** Newest first, like the triage history. */
  assignmentHistory: AssignmentEventView[];
  /** The notes thread, oldest first. */
  notes: NoteView[];
  /** Why context is null, when it is: shown beside the scanned snippet. */
  context: CodeContextView | null;
  contextNote: string | null;
  /**
   * The endpoints of the latest inventory this finding is linked to: those an inventory rule named
   * (`via: 'rule'`) first, then those whose handler's body holds the finding (`via: 'handler'`).
   */
  endpoints: FindingEndpointView[];
}

export interface FindingEndpointView {
  framework: Endpoint['framework'];
  methods: Endpoint['methods'];
  path: string;
  /** The handler's qualified name. */
  handler: string;
  via: 'rule' | 'handler';
}

/** An endpoint's handler as read from the repository now (endpoints:source). */
export interface HandlerSourceView {
  file: string;
  name: string;
  line: number;
  /** The handler's last line as scanned, or null when the scan read no definition there. */
  endLine: number | null;
  /** The line number of `lines[0]`. */
  startLine: number;
  /** The handler's lines, or null when the file cannot be shown (then `note` says why). */
  lines: string[] | null;
  note: string | null;
}

export interface Trends {
  slaDays: BySeverity;
  /** open/new/fixed are vulnerabilities; hotspotsOpen the To review queue, counted apart. */
  burndown: Array<{ scanId: number; at: string; open: number; newCount: number; fixedCount: number; hotspotsOpen: number }>;
  mttrDays: Record<Severity, number | null>;
  ageing: Array<{ bucket: string; counts: BySeverity }>;
  slaBreaches: Array<{ findingId: number; ruleId: string; severity: Severity; path: string; ageDays: number; slaDays: number }>;
}

export interface ReportExport {
  id: string;
  projectId: number;
  scanId: number;
  format: ReportFormat;
  asvsVersion: AsvsVersion;
  level: AsvsLevel;
  fileName: string;
  bytes: number;
  createdAt: string;
}

export interface ReportFormatInfo {
  format: ReportFormat;
  label: string;
  available: boolean;
  /** Why a format cannot be produced here, shown to the user. */
  reason: string | null;
}

export interface RuleSetting {
  id: string;
  title: string;
  severity: Severity;
  cwe: number[];
  enabled: boolean;
}

export interface Settings {
  reviewer: string;
  slaDays: BySeverity;
  defaultAsvsVersion: AsvsVersion;
  defaultLevel: AsvsLevel;
  disabledRules: string[];
  theme: Theme;
}

export interface SettingsView extends Settings {
  rules: RuleSetting[];
  importedAsvs: string[];
}

export interface AsvsImportResult {
  version: string;
  requirements: number;
}

export interface AdvisoryStatusView {
  count: number;
  packages: number;
  newestModified: string | null;
  ageDays: number | null;
  stale: boolean;
  lastImportedAt: string | null;
  maxAgeDays: number;
}

export interface AdvisoryImportView {
  source: 'file' | 'folder' | 'zip';
  read: number;
  added: number;
  replaced: number;
  unchanged: number;
  /** Records that were not OSV, by name (at most 50). */
  invalid: Array<{ name: string; reason: string }>;
  status: AdvisoryStatusView;
}

export interface DependencyRow {
  name: string;
  declaredName: string;
  specifier: string;
  version: string | null;
  source: 'registry' | 'url' | 'vcs' | 'path';
  direct: boolean;
  groups: string[];
  path: string;
  line: number;
  lockedBy: string | null;
}

export interface DependencyFindingRow {
  id: number;
  ruleId: string;
  title: string;
  kind: FindingKind;
  severity: Severity;
  path: string;
  line: number;
  message: string;
  triage: TriageStatus;
}

export interface DependenciesView {
  /** The latest complete scan, or null when the project was never scanned. */
  scanId: number | null;
  advisoryData: { count: number; newestModified: string | null; ageDays: number | null } | null;
  manifests: Array<{ path: string; kind: string; count: number }>;
  problems: Array<{ path: string; line: number | null; message: string }>;
  dependencies: DependencyRow[];
  findings: DependencyFindingRow[];
}

/** A finding that names an endpoint of the inventory (the inventory rules' findings). */
export interface EndpointFindingRef {
  /** Index of the endpoint in `endpoints`. */
  endpoint: number;
  findingId: number;
  ruleId: string;
  title: string;
  severity: Severity;
  /** As it counts now (a hotspot confirmed by review is a vulnerability). */
  kind: FindingKind;
  /** Where it is worked on: unreviewed and reviewed hotspots live in the To review queue. */
  page: 'findings' | 'review';
  /** Why it is linked: an inventory rule named the endpoint, or it lies in the handler's body. */
  via: 'rule' | 'handler';
  line: number;
}

/** A scan's endpoint inventory for the Endpoints page; nulls when no recorded scan took one. */
export interface EndpointInventory {
  scanId: number | null;
  endpoints: Endpoint[] | null;
  /** Findings that name one of `endpoints`, worst first per endpoint. */
  findings: EndpointFindingRef[];
  /**
   * Counted apart: the routes the scanned code serves, and the views no scanned route reaches
   * (`(unrouted) …`), which are never counted among the open routes.
   */
  counts: RoutedCounts | null;
  /** Since the previous scan with an inventory: new endpoints (unauthenticated first), removed ones, changed guards. */
  changes: { fromScanId: number; added: Endpoint[]; removed: Endpoint[]; changed: Array<{ from: Endpoint; to: Endpoint }> } | null;
}

/** Channel → request → response. `null` requests take no payload. */
export interface IpcContract {
  'app:info': { request: null; response: AppInfo };
  'projects:list': { request: null; response: ProjectSummary[] };
  /** Opens the folder dialog in main; the renderer never sends a path. Null when cancelled. */
  'projects:add-folder': { request: { asvsVersion: AsvsVersion; level: AsvsLevel }; response: ProjectSummary | null };
  'projects:add-demo': { request: null; response: ProjectSummary };
  'projects:update': { request: { projectId: number; name?: string; asvsVersion?: AsvsVersion; level?: AsvsLevel }; response: ProjectSummary };
  'projects:remove': { request: { projectId: number }; response: null };
  'scans:start': { request: { projectId: number }; response: ScanJob };
  'scans:status': { request: { jobId: string }; response: ScanJob };
  'scans:cancel': { request: { jobId: string }; response: ScanJob };
  'scans:list': { request: { projectId: number }; response: ScanSummary[] };
  /** Two scans of a project compared; without ids, the last two (null when there are fewer than two). */
  'scans:compare': { request: { projectId: number; fromScanId: number | null; toScanId: number | null }; response: ScanComparison | null };
  /** The inventory of the latest complete scan that took one, or of `scanId`. */
  'endpoints:list': { request: { projectId: number; scanId: number | null }; response: EndpointInventory };
  /** The handler of the endpoint at `ordinal` in the scan's inventory, read from the project's repository (never a path from the page). */
  'endpoints:source': { request: { projectId: number; scanId: number; ordinal: number }; response: HandlerSourceView };
  'dashboard:get': { request: { projectId: number; asvsVersion: AsvsVersion; level: AsvsLevel }; response: Dashboard };
  'asvs:tree': { request: { projectId: number; asvsVersion: AsvsVersion; level: AsvsLevel }; response: AsvsTree };
  'asvs:requirement': { request: { projectId: number; asvsVersion: AsvsVersion; requirementId: string }; response: RequirementDetail };
  'asvs:attest': {
    request: {
      projectId: number; asvsVersion: AsvsVersion; requirementId: string; status: AttestationStatus; evidence: string; links: string[]; expiresAt: string | null;
      /** Required to record a pass over open findings (kept as a conflict). */
      override: string | null;
      /** Evidence files chosen with asvs:pick-evidence. */
      fileTokens: string[];
    };
    response: RequirementDetail;
  };
  /** Opens the file dialog in main; the chosen files wait under tokens for the attestation. Null when cancelled. */
  'asvs:pick-evidence': { request: null; response: Array<{ token: string; name: string; bytes: number }> | null };
  /** Saves a stored evidence file where the person chooses (save dialog in main); the file name, or null when cancelled. */
  'asvs:save-evidence': { request: { projectId: number; sha256: string; name: string }; response: string | null };
  /** Confirms suggested N/As of the latest scan as attested N/A with their evidence; an empty list confirms all. */
  'asvs:confirm-suggested': { request: { projectId: number; asvsVersion: AsvsVersion; requirementIds: string[] }; response: { confirmed: string[] } };
  /** Opens the file dialog in main. Null when cancelled. */
  'asvs:import': { request: null; response: AsvsImportResult | null };
  'findings:query': { request: FindingsQuery; response: FindingsPage };
  'findings:facets': { request: { projectId: number }; response: FindingFacets };
  'findings:detail': { request: { projectId: number; findingId: number }; response: FindingDetail };
  'findings:triage': {
    request: { projectId: number; findingId: number; status: TriageStatus; reason: string | null; expiresAt: string | null };
    response: FindingDetail;
  };
  /** A hotspot's review: "safe" needs the reason; "needs_fix" makes it a confirmed vulnerability. */
  'findings:review': {
    request: { projectId: number; findingId: number; verdict: 'safe' | 'needs_fix'; reason: string | null };
    response: FindingDetail;
  };
  /** Assigns the finding to a person (null unassigns); audited like triage. */
  'findings:assign': { request: { projectId: number; findingId: number; assignee: string | null }; response: FindingDetail };
  /** Adds a note to the finding's thread. */
  'findings:note': { request: { projectId: number; findingId: number; body: string }; response: FindingDetail };
  /** One decision for the selected findings (findingIds) or every finding matching filter; one audit event each. */
  'findings:triage-bulk': {
    request: { projectId: number; findingIds: number[] | null; filter: FindingsFilter | null; status: TriageStatus; reason: string | null; expiresAt: string | null };
    response: { count: number; status: TriageStatus; expiresAt: string | null };
  };
  'trends:get': { request: { projectId: number }; response: Trends };
  'reports:formats': { request: null; response: ReportFormatInfo[] };
  'reports:export': {
    request: { projectId: number; scanId: number; asvsVersion: AsvsVersion; level: AsvsLevel; format: ReportFormat };
    response: ReportExport;
  };
  'reports:list': { request: { projectId: number }; response: ReportExport[] };
  /** Shows the exported file in the OS file manager. */
  'reports:reveal': { request: { exportId: string }; response: null };
  'advisories:status': { request: null; response: AdvisoryStatusView };
  /** Opens the file or folder dialog in main. Null when cancelled. */
  'advisories:import': { request: { kind: 'file' | 'folder' }; response: AdvisoryImportView | null };
  'dependencies:get': { request: { projectId: number }; response: DependenciesView };
  'settings:get': { request: null; response: SettingsView };
  'settings:update': { request: Partial<Settings>; response: SettingsView };
  /** Opens an https link the app generated itself (rule references, ASVS pages); anything else is refused. */
  'links:open': { request: { url: string }; response: null };
}

export type Channel = keyof IpcContract;

/** Where a finding stood at a scan: the decision in force, or suppressed in the source. */
export type ComparisonStatus = TriageStatus | 'suppressed';

export interface ComparedFinding {
  findingId: number;
  fingerprint: string;
  ruleId: string;
  title: string;
  kind: FindingKind;
  path: string;
  line: number;
  severity: Severity;
  status: ComparisonStatus;
}

export interface ScanComparison {
  from: { id: number; startedAt: string; status: string; commit: string | null };
  to: { id: number; startedAt: string; status: string; commit: string | null };
  warning: string | null;
  counts: { new: number; fixed: number; stillOpen: number; changed: number };
  /** Each list holds at most 500 entries; counts has the totals. */
  new: ComparedFinding[];
  fixed: ComparedFinding[];
  stillOpen: ComparedFinding[];
  changed: (ComparedFinding & { from: { severity: Severity | null; status: ComparisonStatus }; to: { severity: Severity | null; status: ComparisonStatus } })[];
  compliance: { version: AsvsVersion; level: AsvsLevel; total: { from: number | null; to: number | null }; chapters: { chapter: string; name: string; from: number | null; to: number | null }[] };
}
export type RequestOf<C extends Channel> = IpcContract[C]['request'];
export type ResponseOf<C extends Channel> = IpcContract[C]['response'];

/** The preload's method names, one per channel. The preload keeps an identical literal copy. */
export const API_METHODS = {
  appInfo: 'app:info',
  listProjects: 'projects:list',
  addProjectFolder: 'projects:add-folder',
  addDemoProject: 'projects:add-demo',
  updateProject: 'projects:update',
  removeProject: 'projects:remove',
  startScan: 'scans:start',
  scanStatus: 'scans:status',
  cancelScan: 'scans:cancel',
  listScans: 'scans:list',
  compareScans: 'scans:compare',
  endpoints: 'endpoints:list',
  handlerSource: 'endpoints:source',
  dashboard: 'dashboard:get',
  asvsTree: 'asvs:tree',
  asvsRequirement: 'asvs:requirement',
  attest: 'asvs:attest',
  confirmSuggested: 'asvs:confirm-suggested',
  pickEvidence: 'asvs:pick-evidence',
  saveEvidence: 'asvs:save-evidence',
  importAsvs: 'asvs:import',
  queryFindings: 'findings:query',
  findingFacets: 'findings:facets',
  findingDetail: 'findings:detail',
  triage: 'findings:triage',
  reviewHotspot: 'findings:review',
  triageBulk: 'findings:triage-bulk',
  assignFinding: 'findings:assign',
  addNote: 'findings:note',
  trends: 'trends:get',
  reportFormats: 'reports:formats',
  exportReport: 'reports:export',
  listReports: 'reports:list',
  revealReport: 'reports:reveal',
  advisoryStatus: 'advisories:status',
  importAdvisories: 'advisories:import',
  dependencies: 'dependencies:get',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  openLink: 'links:open',
} as const satisfies Record<string, Channel>;

export type ApiMethod = keyof typeof API_METHODS;

/** What `window.assay` offers: each method sends to its own channel only. */
export type AssayApi = {
  [M in ApiMethod]: RequestOf<(typeof API_METHODS)[M]> extends null
    ? () => Promise<Result<ResponseOf<(typeof API_METHODS)[M]>>>
    : (request: RequestOf<(typeof API_METHODS)[M]>) => Promise<Result<ResponseOf<(typeof API_METHODS)[M]>>>;
};

/** The global name the preload exposes the API under. */
export const API_GLOBAL = 'assay';

// Every channel has a method: a channel added to IpcContract without one fails to compile here.
type UnexposedChannel = Exclude<Channel, (typeof API_METHODS)[ApiMethod]>;
export const EVERY_CHANNEL_EXPOSED: [UnexposedChannel] extends [never] ? true : never = true;
