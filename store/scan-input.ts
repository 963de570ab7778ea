// What recordScan takes: the analyzer's ScanResult reduced to what is stored, so imports (our
// JSON, other tools' SARIF) and live scans go through one ingest path.
import type { AdvisoryDataFacts, Finding, ScanResult, SkippedFile } from '../analyzer/types.js';
import type { DependencyInventory } from '../analyzer/dependencies/model.js';
import type { ScanStatus } from './types.js';
import type { Endpoint, ScanFacts, SecurityLogEvidence } from '../domain/index.js';

export interface ScanInput {
  /** 'assay' for our analyzer; a complete scan only fixes findings of its own tool. */
  tool: string;
  status: ScanStatus;
  startedAt: string;
  finishedAt: string;
  analyzerVersion: string;
  rulesetVersion: string;
  git: { commit: string | null; branch: string | null; dirty: boolean | null };
  frameworks: readonly string[];
  rulesRun: readonly string[];
  filesScanned: number;
  filesSkipped: number;
  linesScanned: number;
  durationMs: number;
  skipped: readonly SkippedFile[];
  findings: readonly Finding[];
  /** What the analyzer examined; absent for imported results. */
  facts?: ScanFacts | null;
  /** Where the application logs security events (the logging requirements' evidence). */
  securityLogging?: readonly SecurityLogEvidence[];
  /** The endpoint inventory; absent for results that carry none (imported SARIF, older JSON). */
  endpoints?: readonly Endpoint[] | null;
  sourceFile?: string | null;
  error?: string | null;
  /** The dependency inventory and advisory data of the scan (live scans), stored in scan_dependencies. */
  dependencies?: DependencyInventory;
  advisoryData?: AdvisoryDataFacts | null;
}

export function scanInputFromResult(result: ScanResult, status?: ScanStatus): ScanInput {
  return {
    tool: 'assay',
    status: status ?? (result.cancelled ? 'cancelled' : 'complete'),
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    analyzerVersion: result.analyzerVersion,
    rulesetVersion: result.rulesetVersion,
    git: result.git,
    frameworks: result.frameworks,
    rulesRun: result.rulesRun,
    filesScanned: result.stats.filesScanned,
    filesSkipped: result.stats.filesSkipped,
    linesScanned: result.stats.linesScanned,
    durationMs: result.stats.durationMs,
    skipped: result.skipped,
    findings: result.findings,
    facts: result.facts ?? null,
    securityLogging: result.securityLogging ?? [],
    endpoints: result.endpoints ?? null,
    dependencies: result.dependencies,
    advisoryData: result.advisoryData,
  };
}

/** A scan that failed before producing results: recorded so the history shows the attempt. */
export function failedScanInput(error: string, startedAt: string, finishedAt: string = new Date().toISOString()): ScanInput {
  return {
    tool: 'assay',
    status: 'failed',
    startedAt,
    finishedAt,
    analyzerVersion: 'unknown',
    rulesetVersion: 'unknown',
    git: { commit: null, branch: null, dirty: null },
    frameworks: [],
    rulesRun: [],
    filesScanned: 0,
    filesSkipped: 0,
    linesScanned: 0,
    durationMs: Date.parse(finishedAt) - Date.parse(startedAt) || 0,
    skipped: [],
    findings: [],
    error,
  };
}
