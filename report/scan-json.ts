// A scan in Assay's own JSON format (docs/json-schema.md): everything in the ScanResult, grouped
// for consumers, with a schemaVersion that changes only when a field changes meaning or goes away.
import type { AdvisoryDataFacts, Finding, Framework, RuleError, ScanResult, ScanStats, ScannedFile, SkippedFile } from '../analyzer/types.js';
import type { DependencyInventory } from '../analyzer/dependencies/model.js';
import type { TemplateNameNote } from '../analyzer/frameworks/template-names.js';
import type { CoverageSummary } from '../asvs/coverage.js';
import type { Endpoint, ScanFacts, SecurityLogEvidence } from '../domain/index.js';

export const SCAN_JSON_SCHEMA_VERSION = 1;

export interface ScanJson {
  schemaVersion: typeof SCAN_JSON_SCHEMA_VERSION;
  tool: { name: 'assay'; version: string; rulesetVersion: string };
  scan: {
    root: string;
    startedAt: string;
    finishedAt: string;
    cancelled: boolean;
    frameworks: Framework[];
    rulesRun: string[];
    configFile: string | null;
    git: ScanResult['git'];
    /** What the analyzer examined (domain/facts.ts): the ground of every automated pass. */
    facts?: ScanFacts;
  };
  findings: Finding[];
  files: ScannedFile[];
  skipped: SkippedFile[];
  ruleErrors: RuleError[];
  /** Where the application logs security events: evidence for the logging requirements (sorted by path, line). */
  securityLogging: SecurityLogEvidence[];
  /** findingsOpen counts both kinds; vulnerabilitiesOpen + hotspotsOpen split it. */
  stats: ScanStats & { findingsOpen: number; findingsSuppressed: number; vulnerabilitiesOpen: number; hotspotsOpen: number };
  /** ASVS status per chapter at the scan's target level (absent when the writer was not given one). */
  coverage?: CoverageSummary;
  /** The dependency inventory read from the project's manifests and lock files. */
  dependencies?: DependencyInventory;
  /** The endpoint inventory (docs/json-schema.md, `assay endpoints`). */
  endpoints?: Endpoint[];
  /** The advisory data dependency versions were matched against; null when none was imported. */
  advisoryData?: AdvisoryDataFacts | null;
  /** Templates the views render that Assay could not look at (missing files, names chosen at run time). */
  templateNames?: TemplateNameNote;
}

export function toScanJson(result: ScanResult, coverage?: CoverageSummary): ScanJson {
  const suppressed = result.findings.filter((f) => f.suppression).length;
  return {
    schemaVersion: SCAN_JSON_SCHEMA_VERSION,
    tool: { name: 'assay', version: result.analyzerVersion, rulesetVersion: result.rulesetVersion },
    scan: {
      root: result.root,
      startedAt: result.startedAt,
      finishedAt: result.finishedAt,
      cancelled: result.cancelled,
      frameworks: result.frameworks,
      rulesRun: result.rulesRun,
      configFile: result.configFile ?? null,
      git: result.git,
      ...(result.facts ? { facts: result.facts } : {}),
    },
    findings: result.findings,
    files: result.files,
    skipped: result.skipped,
    ruleErrors: result.ruleErrors ?? [],
    securityLogging: result.securityLogging ?? [],
    stats: {
      ...result.stats,
      findingsOpen: result.findings.length - suppressed,
      findingsSuppressed: suppressed,
      vulnerabilitiesOpen: result.findings.filter((f) => !f.suppression && f.kind === 'vulnerability').length,
      hotspotsOpen: result.findings.filter((f) => !f.suppression && f.kind === 'hotspot').length,
    },
    ...(coverage ? { coverage } : {}),
    ...(result.dependencies ? { dependencies: result.dependencies } : {}),
    ...(result.endpoints ? { endpoints: result.endpoints } : {}),
    ...(result.advisoryData !== undefined ? { advisoryData: result.advisoryData } : {}),
    ...(result.templateNames ? { templateNames: result.templateNames } : {}),
  };
}

/** The ScanResult a ScanJson document carries (for importers; validate the document first). */
export function scanResultFromJson(doc: ScanJson): ScanResult {
  const { findingsOpen: _open, findingsSuppressed: _suppressed, vulnerabilitiesOpen: _v, hotspotsOpen: _h, ...stats } = doc.stats;
  return {
    root: doc.scan.root,
    startedAt: doc.scan.startedAt,
    finishedAt: doc.scan.finishedAt,
    analyzerVersion: doc.tool.version,
    rulesetVersion: doc.tool.rulesetVersion,
    frameworks: doc.scan.frameworks,
    rulesRun: doc.scan.rulesRun,
    files: doc.files,
    skipped: doc.skipped,
    findings: doc.findings,
    stats,
    git: doc.scan.git,
    cancelled: doc.scan.cancelled,
    ruleErrors: doc.ruleErrors,
    ...(doc.securityLogging ? { securityLogging: doc.securityLogging } : {}),
    configFile: doc.scan.configFile,
    ...(doc.scan.facts ? { facts: doc.scan.facts } : {}),
    ...(doc.dependencies ? { dependencies: doc.dependencies } : {}),
    ...(doc.endpoints ? { endpoints: doc.endpoints } : {}),
    ...(doc.advisoryData !== undefined ? { advisoryData: doc.advisoryData } : {}),
    ...(doc.templateNames ? { templateNames: doc.templateNames } : {}),
  };
}
