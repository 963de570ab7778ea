// Import of results produced elsewhere into a project's history: reads the file, tells our JSON
// from SARIF, validates, and records each run as an imported scan.
import type { StoreDb } from '../open-store.js';
import { ensureProject, getProject } from '../projects.js';
import { InputFileError, readInputFile } from '../read-input.js';
import { readJsonText } from './json-text.js';
import { recordScan, type RecordOptions, type RecordOutcome } from '../record-scan.js';
import { inRecordingTransaction } from '../recording-transaction.js';
import { StoreInputError } from '../errors.js';
import { looksLikeScanJson, scanInputFromScanJson } from './scan-json.js';
import { looksLikeSarif, scanInputsFromSarif } from './sarif.js';
import { looksLikeOsvScanner, looksLikePipAudit, scanInputFromOsvScanner, scanInputFromPipAudit } from './dependency-audits.js';
import type { ScanInput } from '../scan-input.js';

export class ImportFormatError extends StoreInputError {
  override name = 'ImportFormatError';
}

export interface ImportOutcome {
  format: 'assay-json' | 'sarif' | 'pip-audit' | 'osv-scanner';
  scans: (RecordOutcome & { tool: string; findings: number })[];
}

/** Parses a results document (already read) into scan inputs, or throws ImportFormatError saying what is wrong. */
export function parseResults(text: string, file: string, root: string, now: string = new Date().toISOString()): ParsedResults {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw notJson(file, e);
  }
  return resultsOf(doc, file, root, now);
}

type ParsedResults = { format: ImportOutcome['format']; inputs: ScanInput[] };

const notJson = (file: string, e: unknown) =>
  new ImportFormatError(`${file} is not JSON (${(e as Error).message}). Import takes the JSON of \`assay scan --format json\` or a SARIF 2.1.0 file.`);

function resultsOf(doc: unknown, file: string, root: string, now: string): ParsedResults {
  if (looksLikeSarif(doc)) {
    const r = scanInputsFromSarif(doc, root, file, now);
    if (r.problems) throw new ImportFormatError(`${file} is not valid SARIF 2.1.0: ${r.problems.join('; ')}.`);
    return { format: 'sarif', inputs: r.inputs };
  }
  if (looksLikeScanJson(doc)) {
    const r = scanInputFromScanJson(doc, file);
    if (r.problems) throw new ImportFormatError(`${file} is not a valid Assay scan JSON: ${r.problems.join('; ')}.`);
    return { format: 'assay-json', inputs: [r.input] };
  }
  if (looksLikeOsvScanner(doc)) {
    const r = scanInputFromOsvScanner(doc, root, file, now);
    if (r.problems) throw new ImportFormatError(`${file} is not valid osv-scanner JSON: ${r.problems.join('; ')}.`);
    return { format: 'osv-scanner', inputs: [r.input] };
  }
  if (looksLikePipAudit(doc)) {
    const r = scanInputFromPipAudit(doc, file, now);
    if (r.problems) throw new ImportFormatError(`${file} is not valid pip-audit JSON: ${r.problems.join('; ')}.`);
    return { format: 'pip-audit', inputs: [r.input] };
  }
  throw new ImportFormatError(`${file} is neither Assay scan JSON (no schemaVersion/tool/findings) nor SARIF (no version/runs), pip-audit JSON (no dependencies) or osv-scanner JSON (no results). Export with \`assay scan --format json\`, a tool's SARIF output, \`pip-audit -f json\` or \`osv-scanner --format json\`.`);
}

/** Results files larger than this are refused before reading (JSON parsing costs several times the size). */
export const MAX_RESULTS_BYTES = 256 * 1024 * 1024;

const WHAT = 'a results file (Assay JSON or SARIF)';

function asFormatError<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof InputFileError) throw new ImportFormatError(e.message);
    throw e;
  }
}

/** Reads and parses a results file (json-text.ts: one byte a character in memory), then validates it. */
function readParsedResults(file: string, root: string, now: string = new Date().toISOString()): ParsedResults {
  let doc: unknown;
  try {
    doc = JSON.parse(asFormatError(() => readJsonText(file, MAX_RESULTS_BYTES, WHAT)));
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    // The escaped text's message would point at other positions: the file's own text tells where it breaks.
    return parseResults(asFormatError(() => readInputFile(file, MAX_RESULTS_BYTES, WHAT).toString('utf8')), file, root, now);
  }
  return resultsOf(doc, file, root, now);
}

/** Imports every run of the file into the project, all in one transaction: a failure records nothing. */
export function importResultsFile(db: StoreDb, projectId: number, file: string, options: RecordOptions = {}): ImportOutcome {
  const project = getProject(db, projectId);
  const { format, inputs } = readParsedResults(file, project.rootPath, options.now);
  const scans = inRecordingTransaction(db, () => inputs.map((input) => ({ ...recordScan(db, projectId, input, options), tool: input.tool, findings: input.findings.length })));
  return { format, scans };
}

/** A results file read and validated, ready to record: made before any database is opened. */
export interface PreparedImport {
  format: ImportOutcome['format'];
  inputs: ScanInput[];
  rootPath: string;
}

export function prepareImport(file: string, rootPath: string, now?: string): PreparedImport {
  return { ...readParsedResults(file, rootPath, now), rootPath };
}

/**
 * Records a prepared import, creating the project in the same transaction as the runs: a rejected
 * import leaves no project behind.
 */
export function recordImport(db: StoreDb, prepared: PreparedImport, options: RecordOptions = {}): ImportOutcome {
  return inRecordingTransaction(db, () => {
    const projectId = ensureProject(db, { rootPath: prepared.rootPath }).id;
    const scans = prepared.inputs.map((input) => ({ ...recordScan(db, projectId, input, options), tool: input.tool, findings: input.findings.length }));
    return { format: prepared.format, scans };
  });
}
