// `assay report <path>`: a report of a recorded scan from the history database, in one format or
// as an evidence pack. PDF (and packs holding one) print with a local Chromium.
import { plural } from '../../domain/index.js';
import { resolve } from 'node:path';
import { allRules } from '../../analyzer/rules/index.js';
import { ASVS_VERSIONS } from '../../asvs/types.js';
import {
  buildEvidencePack,
  buildReportModel,
  renderFormat,
  PACK_FORMATS,
  REPORT_FORMATS,
  type PackFormat,
  type PdfRenderer,
  type ReportFormat,
  type ReportModel,
} from '../../report/index.js';
import { checkOutputTarget, OutputError, writeOutputFile, writeOutputWith } from '../../report/write-output.js';
import { isStreamedFormat, streamFormat, type StreamedFormat } from '../../report/stream-format.js';
import { chromiumPdfRenderer } from '../../report/chromium/chromium-pdf.js';
import { BrowserNotFoundError, findChromium } from '../../report/chromium/find-chromium.js';
import { defaultDataDir, evidenceFileContent, requireProjectByRoot, type AsvsLevel } from '../../store/index.js';
import { AsvsImportError, loadOfficialText } from '../../store/asvs-import.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { withHistoryDb } from '../history-db.js';
import { oneOf, parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { safeLine } from '../terminal-text.js';

const HELP = `Usage: assay report <path> --format FORMAT --output FILE [options]

Write a compliance report of the project in <path> from its recorded scans (run \`assay scan\` first).

Options:
  -f, --format FORMAT     html, pdf, sarif, csv, json, or pack (an evidence pack: a zip of reports
                          with a manifest of their SHA-256 hashes; check it with \`assay verify\`)
  -o, --output FILE       where to write the report
      --scan ID           the scan to report on (default: the latest complete scan)
      --level N           ASVS level 1, 2 or 3 (default: the project's target level)
      --asvs-version V    5.0.0 or 4.0.3 (default: the project's version)
      --reviewer NAME     the reviewer named in the report (default: the configured reviewer)
      --include LIST      formats inside a pack, comma-separated (default: html,pdf,json,sarif,csv)
      --browser PATH      Chromium, Chrome or Edge used to print PDF (default: found in the usual places)
      --db FILE           the history database (default: the desktop app's database)
  -h, --help              show this help

Exit codes: 0 written, 2 usage or input error (no scan recorded, no browser for PDF …), 3 internal error.`;

const OPTIONS: OptionSpec = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  scan: { type: 'string' },
  level: { type: 'string' },
  'asvs-version': { type: 'string' },
  reviewer: { type: 'string' },
  include: { type: 'string' },
  browser: { type: 'string' },
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export interface ReportCommandOptions {
  path: string;
  format: ReportFormat;
  output: string;
  scanId: number | undefined;
  level: AsvsLevel | undefined;
  asvsVersion: (typeof ASVS_VERSIONS)[number] | undefined;
  reviewer: string | undefined;
  include: PackFormat[];
  browser: string | undefined;
  db: string | undefined;
}

export function parseReportArgs(args: string[]): ReportCommandOptions | 'help' {
  const { values, positionals } = parseOptions(args, OPTIONS, 'report');
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError('report needs the project folder, e.g. `assay report . --format html --output report.html`');
  const format = oneOf(values.format, REPORT_FORMATS, '--format');
  if (!format) throw new UsageError(`--format is required: one of ${REPORT_FORMATS.join(', ')}.`);
  const output = stringOption(values.output);
  if (!output) throw new UsageError('--output FILE is required: where to write the report.');
  const scanText = stringOption(values.scan);
  if (scanText !== undefined && !/^[1-9]\d*$/.test(scanText)) throw new UsageError(`--scan must be a scan id such as 3 (got "${scanText}"); \`assay history\` lists them.`);
  const levelText = stringOption(values.level);
  if (levelText !== undefined && !/^[123]$/.test(levelText)) throw new UsageError(`--level must be 1, 2 or 3 (got "${levelText}").`);
  const includeText = stringOption(values.include);
  if (includeText !== undefined && format !== 'pack') throw new UsageError('--include applies only to --format pack.');
  const include = includeText === undefined ? [...PACK_FORMATS] : includeText.split(',').map((f) => oneOf(f.trim(), PACK_FORMATS, '--include')!);
  return {
    path: positionals[0]!,
    format,
    output,
    scanId: scanText === undefined ? undefined : Number(scanText),
    level: levelText === undefined ? undefined : (Number(levelText) as AsvsLevel),
    asvsVersion: oneOf(values['asvs-version'], ASVS_VERSIONS, '--asvs-version'),
    reviewer: stringOption(values.reviewer),
    include,
    browser: stringOption(values.browser),
    db: stringOption(values.db),
  };
}

function pdfRenderer(io: CliIo, browser: string | undefined): PdfRenderer {
  try {
    return chromiumPdfRenderer(findChromium(browser ? resolve(io.cwd, browser) : undefined, io.env));
  } catch (err) {
    if (err instanceof BrowserNotFoundError) throw new InputError(err.message);
    throw err;
  }
}

/** The official ASVS text the user imported, if any; a damaged import is an input error, not a crash. */
function officialText(io: CliIo, version: string): Map<string, string> | null {
  try {
    return loadOfficialText(version, defaultDataDir(io.env));
  } catch (err) {
    if (err instanceof AsvsImportError) throw new InputError(err.message);
    throw err;
  }
}

function describe(model: ReportModel): string {
  const t = model.compliance.total;
  return `${model.project.name}, scan #${model.scan.id} — ASVS ${model.asvs.version} Level ${model.asvs.level}: ${(t.compliance * 100).toFixed(1)}% compliant, ` +
    `${t.counts.failing} failing, ${t.counts['not_verified']} not verified, ${plural(model.findings.length, 'finding')}`;
}

async function runReport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseReportArgs(args);
  if (parsed === 'help') {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  const target = resolve(io.cwd, parsed.output);
  try {
    checkOutputTarget(target);
  } catch (err) {
    if (err instanceof OutputError) throw new InputError(err.message);
    throw err;
  }
  const needsPdf = parsed.format === 'pdf' || (parsed.format === 'pack' && parsed.include.includes('pdf'));
  // Find the browser before the work, so a missing one fails fast with the fix.
  const renderer = needsPdf ? pdfRenderer(io, parsed.browser) : undefined;
  const root = resolve(io.cwd, parsed.path);
  const evidence = new Map<string, Uint8Array>();
  const model = withHistoryDb(io, parsed.db, (db) => {
    const project = requireProjectByRoot(db, root);
    const m = buildReportModel(db, {
      projectId: project.id,
      ...(parsed.scanId !== undefined ? { scanId: parsed.scanId } : {}),
      ...(parsed.asvsVersion ? { asvsVersion: parsed.asvsVersion } : {}),
      ...(parsed.level ? { level: parsed.level } : {}),
      ...(parsed.reviewer ? { reviewer: parsed.reviewer } : {}),
      rules: allRules,
      officialText: officialText(io, parsed.asvsVersion ?? project.asvsVersion),
    });
    // The pack carries the attestations' evidence files; read them while the database is open.
    if (parsed.format === 'pack') {
      for (const r of m.requirements) for (const f of r.attestation?.files ?? []) {
        const bytes = evidenceFileContent(db, project.id, f.sha256);
        if (bytes) evidence.set(f.sha256, bytes);
      }
    }
    return m;
  }, { readonly: true });
  let size = 0;
  try {
    if (isStreamedFormat(parsed.format)) {
      // JSON, SARIF and CSV go out as they are made: 60,000 findings are never one string in memory.
      writeOutputWith(target, (write) => streamFormat(model, parsed.format as StreamedFormat, (text) => {
        size += Buffer.byteLength(text);
        write(text);
      }));
    } else {
      const bytes = parsed.format === 'pack' ? await buildEvidencePack(model, parsed.include, renderer, (h) => evidence.get(h)) : await renderFormat(model, parsed.format, renderer);
      size = bytes.length;
      writeOutputFile(target, bytes);
    }
  } catch (err) {
    if (err instanceof OutputError) throw new InputError(err.message);
    throw err;
  }
  io.stderr.write(`${safeLine(describe(model))}\nWrote ${parsed.format === 'pack' ? `evidence pack (${parsed.include.join(', ')})` : parsed.format.toUpperCase()} to ${safeLine(target)} (${size.toLocaleString('en-US')} bytes).\n`);
  return EXIT.ok;
}

export const reportCommand: CommandDefinition = {
  name: 'report',
  summary: 'write a compliance report (HTML, PDF, SARIF, CSV, JSON) or an evidence pack',
  help: HELP,
  run: runReport,
};
