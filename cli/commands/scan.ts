// `assay scan <path>`: scan a project, write SARIF, JSON or text, print a summary, and exit 0, 1
// (--fail-on reached) or 2 (usage or input error).
import { resolve } from 'node:path';
import { scanProject } from '../../analyzer/scan.js';
import { ASVS_VERSIONS, DEFAULT_ASVS_VERSION, SEVERITIES, atLeast, plural, type AsvsLevel, type AsvsVersion, type FindingKind, type Severity } from '../../domain/index.js';
import { loadConfig } from '../../analyzer/config.js';
import { allRules } from '../../analyzer/rules/index.js';
import type { ScanResult } from '../../analyzer/types.js';
import { toSarif } from '../../report/sarif.js';
import { toScanJson } from '../../report/scan-json.js';
import { checkOutputTarget, OutputError, writeOutputWith } from '../../report/write-output.js';
import { chunked, streamJson } from '../../report/json-stream.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { oneOf, parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { progressReporter } from '../progress.js';
import { scanSummary, textReport } from '../summary.js';
import { afterScanSteps } from './scan-steps.js';
import { checkHistoryDb, historyDbPath } from '../history-db.js';
import { decisionsForRoot, openStore, type RecordedDecisions } from '../../store/index.js';
import { existsSync } from 'node:fs';
import { analysisCacheDir } from '../../analyzer/cache/cache-dir.js';
import { formatCoverageSummary, scanCoverageSummary } from './asvs.js';
import { openAdvisorySource } from '../advisory-source.js';
import { collectGarbage } from '../../analyzer/pool/collect-garbage.js';

export const SCAN_FORMATS = ['text', 'sarif', 'json'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

/** Everything `assay scan` was asked to do, parsed and checked. */
export interface ScanCommandOptions {
  path: string;
  format: ScanFormat;
  output: string | null;
  minSeverity: Severity | null;
  configFile: string | null;
  failOn: Severity | null;
  failOnHotspots: Severity | null;
  quiet: boolean;
  /** Worker threads; null for the default. */
  jobs: number | null;
  /** Recording into the history database (store room): --db FILE, --no-db. */
  db: string | null;
  noDb: boolean;
  /** Target ASVS level and version for the recorded scan's coverage (store/asvs rooms). */
  level: number | null;
  asvsVersion: AsvsVersion | null;
  /** --no-cache: neither read nor write the analysis cache. */
  noCache: boolean;
}

const OPTIONS: OptionSpec = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'min-severity': { type: 'string' },
  config: { type: 'string' },
  'fail-on': { type: 'string' },
  'fail-on-hotspots': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  jobs: { type: 'string', short: 'j' },
  db: { type: 'string' },
  'no-db': { type: 'boolean' },
  level: { type: 'string' },
  'asvs-version': { type: 'string' },
  'no-cache': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const HELP = `Usage: assay scan <path> [options]

Scan the Python project in <path> and report its findings.

Options:
  -f, --format FORMAT      text (default), sarif or json
  -o, --output FILE        write the report to FILE instead of standard output
      --min-severity SEV   leave out findings below SEV (critical, high, medium, low, info)
      --fail-on SEV        exit 1 when an open (unsuppressed) vulnerability at or above SEV exists
      --fail-on-hotspots SEV  also exit 1 when an open hotspot (to review) at or above SEV exists
      --config FILE        read settings from FILE (assay.toml, or a pyproject.toml with [tool.assay])
      --db FILE            record the scan in this history database
      --no-db              do not record the scan
      --level N            target ASVS level (1, 2 or 3) for the recorded scan
      --asvs-version V     ASVS version for coverage: 5.0.0 or 4.0.3
  -j, --jobs N             analysis worker threads (default: cores - 1, beside this thread; 0 = none)
      --no-cache           analyse every file again (the analysis cache lives beside the history database)
  -q, --quiet              no progress output
  -h, --help               show this help

Progress and the summary go to standard error when the report goes to standard output.
Exit codes: 0 done, 1 --fail-on reached, 2 usage or input error, 3 internal error, 130 interrupted.`;

export function parseScanArgs(args: string[]): ScanCommandOptions | 'help' {
  const { values, positionals } = parseOptions(args, OPTIONS, 'scan');
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('scan needs the folder to scan, e.g. `assay scan .`');
  if (positionals.length > 1) throw new UsageError(`scan takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const levelText = stringOption(values.level);
  let level: number | null = null;
  if (levelText !== undefined) {
    if (!/^[123]$/.test(levelText)) throw new UsageError(`--level must be 1, 2 or 3 (got "${levelText}").`);
    level = Number(levelText);
  }
  const jobsText = stringOption(values.jobs);
  let jobs: number | null = null;
  if (jobsText !== undefined) {
    if (!/^\d+$/.test(jobsText) || Number(jobsText) > 64) throw new UsageError(`--jobs must be a whole number from 0 to 64 (got "${jobsText}").`);
    jobs = Number(jobsText);
  }
  const db = stringOption(values.db) ?? null;
  if (db && values['no-db']) throw new UsageError('--db and --no-db contradict each other; give one.');
  return {
    path: positionals[0]!,
    format: oneOf(values.format, SCAN_FORMATS, '--format') ?? 'text',
    output: stringOption(values.output) ?? null,
    minSeverity: oneOf(values['min-severity'], SEVERITIES, '--min-severity') ?? null,
    configFile: stringOption(values.config) ?? null,
    failOn: oneOf(values['fail-on'], SEVERITIES, '--fail-on') ?? null,
    failOnHotspots: oneOf(values['fail-on-hotspots'], SEVERITIES, '--fail-on-hotspots') ?? null,
    quiet: values.quiet === true,
    jobs,
    db,
    noDb: values['no-db'] === true,
    level,
    asvsVersion: oneOf(values['asvs-version'], ASVS_VERSIONS, '--asvs-version') ?? null,
    noCache: values['no-cache'] === true,
  };
}

/**
 * What people already decided for this project (read-only, before anything is written): the JSON and
 * SARIF of a scan that will be recorded state the statuses the recorded scan gets. A database that
 * cannot be read here is left to the recording step to report.
 */
function recordedDecisions(io: CliIo, dbFlag: string | null, root: string, version: AsvsVersion | null): RecordedDecisions | null {
  const file = historyDbPath(io, dbFlag);
  if (!existsSync(file)) return null;
  try {
    const db = openStore(file, { readonly: true });
    try {
      return decisionsForRoot(db, root, version);
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** OutputError (the report path cannot be written) becomes the exit-2 message. */
function outputError(write: () => void): void {
  try {
    write();
  } catch (err) {
    if (err instanceof OutputError) throw new InputError(err.message);
    throw err;
  }
}

/**
 * Writes the report of a scan in pieces to `write`, with the ASVS status per chapter at the target
 * level (default 5.0.0, level 2). JSON and SARIF are streamed: 60,000 findings never become one string.
 */
export function streamReport(
  result: ScanResult,
  format: ScanFormat,
  write: (text: string) => void,
  target: { version?: AsvsVersion; level?: number } = {},
  decisions: RecordedDecisions | null = null,
): void {
  const version = target.version ?? decisions?.project.asvsVersion ?? DEFAULT_ASVS_VERSION;
  const level = (target.level ?? decisions?.project.asvsLevel ?? 2) as AsvsLevel;
  const coverage = scanCoverageSummary(result, version, level, undefined, decisions);
  if (format === 'text') {
    write(textReport(result) + '\n' + formatCoverageSummary(coverage));
    return;
  }
  const doc = format === 'sarif' ? toSarif(result, allRules, { runProperties: { asvsCoverage: coverage } }) : toScanJson(result, coverage);
  const out = chunked(write);
  streamJson(doc, out.write);
  out.write('\n');
  out.flush();
}

/** The whole report as one string (tests and small scans; the command itself streams). */
export function renderReport(result: ScanResult, format: ScanFormat, target: { version?: AsvsVersion; level?: number } = {}, decisions: RecordedDecisions | null = null): string {
  const parts: string[] = [];
  streamReport(result, format, (t) => parts.push(t), target, decisions);
  return parts.join('');
}

/** Open findings of one kind at or above the threshold (--fail-on counts vulnerabilities only). */
export function failingFindings(result: ScanResult, threshold: Severity, kind: FindingKind = 'vulnerability'): number {
  return result.findings.filter((f) => f.kind === kind && !f.suppression && atLeast(f.severity, threshold)).length;
}

/** Below these a scan leaves too little garbage to be worth a full collection (collect-garbage.ts). */
const LARGE_FINDINGS = 5_000;
const LARGE_LINES = 20_000;

async function runScan(args: string[], io: CliIo): Promise<number> {
  const parsed = parseScanArgs(args);
  if (parsed === 'help') {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  const root = resolve(io.cwd, parsed.path);
  // A report that cannot be written is refused before the scan runs and before anything is recorded.
  const target = parsed.output ? resolve(io.cwd, parsed.output) : null;
  if (target) outputError(() => checkOutputTarget(target));
  if (!parsed.noDb) checkHistoryDb(io, parsed.db);
  const config = await loadConfig(root, parsed.configFile ? resolve(io.cwd, parsed.configFile) : undefined);
  const failOn = parsed.failOn ?? config.failOn;
  const failOnHotspots = parsed.failOnHotspots ?? config.failOnHotspots;
  const reportToStdout = parsed.output === null;
  const progress = progressReporter(io, parsed.quiet);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  let result: ScanResult;
  const advisories = openAdvisorySource(io, parsed.db, parsed.noDb);
  try {
    result = await scanProject(root, {
      advisories: advisories.source,
      config,
      minSeverity: parsed.minSeverity ?? undefined,
      workers: parsed.jobs ?? undefined,
      signal: controller.signal,
      cacheDir: parsed.noCache ? undefined : analysisCacheDir(historyDbPath(io, parsed.db)),
      onProgress: (p) => progress.update(p),
    });
  } finally {
    advisories.close();
    progress.stop();
    process.removeListener('SIGINT', onSigint);
  }

  // What only the scan needed is garbage now: collected before the report allocates (collect-garbage.ts).
  const large = !result.cancelled && (result.findings.length >= LARGE_FINDINGS || result.stats.linesScanned >= LARGE_LINES);
  if (large) collectGarbage();
  // The report is safe on disk (or on stdout) before the scan is recorded: a failing database never
  // costs the user the scan they waited for.
  const decisions = parsed.noDb ? null : recordedDecisions(io, parsed.db, result.root, parsed.asvsVersion);
  const reportTarget = { version: parsed.asvsVersion ?? undefined, level: parsed.level ?? undefined };
  if (target) outputError(() => writeOutputWith(target, (write) => streamReport(result, parsed.format, write, reportTarget, decisions)));
  else streamReport(result, parsed.format, (text) => io.stdout.write(text), reportTarget, decisions);

  if (large && !parsed.noDb) collectGarbage();
  try {
    for (const step of afterScanSteps) await step({ result, options: parsed, io });
  } catch (err) {
    if (err instanceof InputError) {
      throw new InputError(`${err.message}${target ? `\nThe report was written to ${target}; only recording the scan failed.` : '\nThe report above is complete; only recording the scan failed.'}`);
    }
    throw err;
  }
  // The text report already ends with the summary; other formats get it on the human channel.
  if (parsed.format !== 'text' || !reportToStdout) {
    if (!parsed.quiet) (reportToStdout ? io.stderr : io.stdout).write(scanSummary(result));
  }
  if (result.cancelled) return EXIT.interrupted;
  if (failOn) {
    const count = failingFindings(result, failOn);
    if (count > 0) {
      io.stderr.write(`assay: ${count} open vulnerabilit${count === 1 ? 'y' : 'ies'} at or above ${failOn} (--fail-on ${failOn}).\n`);
      return EXIT.findings;
    }
  }
  if (failOnHotspots) {
    const count = failingFindings(result, failOnHotspots, 'hotspot');
    if (count > 0) {
      io.stderr.write(`assay: ${plural(count, 'open hotspot')} to review at or above ${failOnHotspots} (--fail-on-hotspots ${failOnHotspots}).\n`);
      return EXIT.findings;
    }
  }
  return EXIT.ok;
}

export const scanCommand: CommandDefinition = {
  name: 'scan',
  summary: 'scan a Python project and write SARIF, JSON or a text report',
  help: HELP,
  run: runScan,
};
