// `assay asvs list|show|import`: the ASVS catalogue as Assay knows it (our summaries, automatability,
// the rules mapped to each requirement), and importing the official OWASP export for the full text.
import { REQUIREMENT_STATUSES, REQUIREMENT_STATUS_SHORT, findingStanding, plural } from '../../domain/index.js';
import { allRules } from '../../analyzer/rules/index.js';
import type { ScanResult } from '../../analyzer/types.js';
import { getCatalogue, findRequirement, isAsvsVersion, parseLevel } from '../../asvs/catalogue.js';
import { coverageSummary, refsFor, type CoverageRule, type CoverageSummary } from '../../asvs/coverage.js';
import { allRuleScopes } from '../../analyzer/rules/scopes.js';
import { crosswalkEntry } from '../../asvs/crosswalk.js';
import { cwesForRequirement } from '../../asvs/cwe-map.js';
import { OfficialExportError } from '../../asvs/official-import.js';
import type { AsvsVersion, Automatability, Level } from '../../asvs/types.js';
import { AsvsImportError, importedVersions, importOfficialExportFile, loadOfficialText } from '../../store/asvs-import.js';
import { toCoverageAttestation, type RecordedDecisions } from '../../store/index.js';
import { defaultDataDir } from '../../store/paths.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { safeLine, safeText } from '../terminal-text.js';
import { formatTable } from '../table.js';
import { padToWidth, truncateToWidth } from '../text-width.js';

const HELP = `Usage: assay asvs <list|show|import> [options]

  assay asvs list [--version 5.0.0|4.0.3] [--level 1|2|3] [--json]
      The requirements of the version (default 5.0.0) up to the level (default 3, levels are
      cumulative): id, chapter, section, level, our summary, whether static analysis can check it,
      and the Assay rules mapped to it.
  assay asvs show <id> [--version 5.0.0|4.0.3] [--json]
      One requirement in full, with the official text when it has been imported.
  assay asvs import <official-json>
      Import the official OWASP ASVS JSON export (e.g. OWASP_Application_Security_Verification_Standard_5.0.0_en.json)
      so the official requirement text is shown beside Assay's summary. The file is validated first.

Options:
      --version V    5.0.0 (default) or 4.0.3
      --level N      1, 2 or 3 (default 3)
      --json         machine-readable output
      --data-dir D   where imported text is kept (default: the app's data directory, or $ASSAY_DATA_DIR)
  -h, --help         show this help

The summaries are Assay's own wording. The official ASVS text is © OWASP Foundation, CC BY-SA 4.0.`;

const OPTIONS: OptionSpec = {
  version: { type: 'string' },
  level: { type: 'string' },
  json: { type: 'boolean' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export interface AsvsListRow {
  id: string;
  chapterId: string;
  chapter: string;
  sectionId: string;
  section: string;
  level: Level;
  summary: string;
  automatable: Automatability;
  automatableReason: string;
  cwe: number[];
  mappedRules: string[];
  /** Present only when the official export of this version was imported. */
  officialText?: string;
}

export interface AsvsRuleRef {
  id: string;
  asvs: Partial<Record<AsvsVersion, readonly string[]>>;
  frameworks?: readonly string[];
}

/** The rows of `assay asvs list`, pure over its inputs. */
export function asvsListRows(
  version: AsvsVersion,
  level: Level,
  rules: readonly AsvsRuleRef[] = allRules,
  officialText: ReadonlyMap<string, string> | null = null,
): AsvsListRow[] {
  const cat = getCatalogue(version);
  const chapterName = new Map(cat.chapters.map((c) => [c.id, c.name]));
  const sectionName = new Map(cat.sections.map((s) => [s.id, s.name]));
  const rulesFor = new Map<string, string[]>();
  for (const rule of rules) {
    for (const id of refsFor(rule.asvs, version)) rulesFor.set(id, [...(rulesFor.get(id) ?? []), rule.id]);
  }
  return cat.requirements
    .filter((r) => r.level <= level)
    .map((r) => {
      const row: AsvsListRow = {
        id: r.id,
        chapterId: r.chapterId,
        chapter: chapterName.get(r.chapterId) ?? '',
        sectionId: r.sectionId,
        section: sectionName.get(r.sectionId) ?? '',
        level: r.level,
        summary: r.summary,
        automatable: r.automatable,
        automatableReason: r.automatableReason,
        cwe: cwesForRequirement(r.id, version),
        mappedRules: [...new Set(rulesFor.get(r.id) ?? [])].sort(),
      };
      const official = officialText?.get(r.id);
      if (official !== undefined) row.officialText = official;
      return row;
    });
}

function versionOption(value: string | boolean | undefined): AsvsVersion {
  const v = stringOption(value) ?? '5.0.0';
  if (!isAsvsVersion(v)) throw new UsageError(`--version must be 5.0.0 or 4.0.3 (got "${v}").`);
  return v;
}

function levelOption(value: string | boolean | undefined): Level {
  const text = stringOption(value);
  if (text === undefined) return 3;
  const level = parseLevel(text);
  if (level === null) throw new UsageError(`--level must be 1, 2 or 3 (got "${text}").`);
  return level;
}

const ATTRIBUTION = 'Official requirement text: OWASP Application Security Verification Standard, © OWASP Foundation, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).';

function listText(rows: readonly AsvsListRow[], version: AsvsVersion, level: Level): string {
  const lines: string[] = [];
  let chapter = '';
  for (const r of rows) {
    if (r.chapterId !== chapter) {
      chapter = r.chapterId;
      lines.push('', `${r.chapterId} ${r.chapter}`);
    }
    const rules = r.mappedRules.length ? `  [${r.mappedRules.join(', ')}]` : '';
    lines.push(`  ${padToWidth(r.id, 9)} L${r.level}  ${padToWidth(r.automatable, 11)}  ${safeLine(r.summary)}${rules}`);
  }
  const count = (a: Automatability) => rows.filter((r) => r.automatable === a).length;
  lines.push(
    '',
    `ASVS ${version}, level ${level}: ${plural(rows.length, 'requirement')} — ${count('automatable')} automatable, ${count('partial')} partly, ${count('manual')} manual; ${rows.filter((r) => r.mappedRules.length > 0).length} have Assay rules.`,
  );
  return lines.join('\n').replace(/^\n/, '') + '\n';
}

function dataDir(values: Record<string, string | boolean | undefined>, io: CliIo): string {
  return stringOption(values['data-dir']) ?? defaultDataDir(io.env);
}

function officialText(version: AsvsVersion, dir: string): Map<string, string> | null {
  try {
    return loadOfficialText(version, dir);
  } catch (err) {
    if (err instanceof AsvsImportError) throw new InputError(err.message);
    throw err;
  }
}

export async function runAsvs(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
    io.stdout.write(HELP + '\n');
    return sub === undefined ? EXIT.usage : EXIT.ok;
  }
  const { values, positionals } = parseOptions(rest, OPTIONS, `asvs ${sub}`);
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (sub === 'list') {
    if (positionals.length > 0) throw new UsageError(`asvs list takes no arguments, got: ${positionals.join(' ')}`);
    const version = versionOption(values.version);
    const level = levelOption(values.level);
    const official = officialText(version, dataDir(values, io));
    const rows = asvsListRows(version, level, allRules, official);
    if (values.json) {
      const out = { version, level, count: rows.length, ...(official ? { attribution: ATTRIBUTION } : {}), requirements: rows };
      io.stdout.write(JSON.stringify(out, null, 2) + '\n');
    } else {
      io.stdout.write(listText(rows, version, level));
    }
    return EXIT.ok;
  }
  if (sub === 'show') {
    if (positionals.length !== 1) throw new UsageError('asvs show needs one requirement id, e.g. `assay asvs show V1.2.4`');
    const version = versionOption(values.version);
    const id = positionals[0]!.toUpperCase().replace(/^(?!V)/, 'V');
    if (!findRequirement(version, id)) throw new InputError(`${safeLine(positionals[0]!)} is not a requirement of ASVS ${version}`);
    const official = officialText(version, dataDir(values, io));
    const row = asvsListRows(version, 3, allRules, official).find((r) => r.id === id)!;
    const crosswalk = crosswalkEntry(version, id) ?? null;
    if (values.json) {
      io.stdout.write(JSON.stringify({ version, ...row, crosswalk, ...(official ? { attribution: ATTRIBUTION } : {}) }, null, 2) + '\n');
      return EXIT.ok;
    }
    const other = version === '5.0.0' ? '4.0.3' : '5.0.0';
    const links = crosswalk?.links.map((l) => `${l.kind} ${l.ids.join(', ')}`).join('; ') ?? '';
    io.stdout.write(
      [
        `${row.id} (ASVS ${version}, level ${row.level}) — ${row.chapterId} ${row.chapter} / ${row.sectionId} ${row.section}`,
        `Summary:      ${row.summary}`,
        `Official:     ${row.officialText !== undefined ? safeText(row.officialText) : `(not imported: run \`assay asvs import <official ${version} json>\`)`}`,
        `Automation:   ${row.automatable} — ${row.automatableReason}`,
        `CWE:          ${row.cwe.length ? row.cwe.map((c) => `CWE-${c}`).join(', ') : '—'}`,
        `Assay rules:  ${row.mappedRules.length ? row.mappedRules.join(', ') : '—'}`,
        `In ${other}:     ${links || (crosswalk?.added ? 'new in 5.0.0' : crosswalk?.deleted ? `deleted${crosswalk.deletedReason ? ` (${crosswalk.deletedReason})` : ''}` : '—')}`,
        ...(official ? ['', ATTRIBUTION] : []),
      ].join('\n') + '\n',
    );
    return EXIT.ok;
  }
  if (sub === 'import') {
    if (positionals.length !== 1) throw new UsageError('asvs import needs the official JSON file, e.g. `assay asvs import OWASP_Application_Security_Verification_Standard_5.0.0_en.json`');
    const dir = dataDir(values, io);
    try {
      const r = importOfficialExportFile(positionals[0]!, dir);
      const known = r.check.known ? 'matches the official catalogue' : 'a version Assay has no catalogue for: its text is kept, coverage still uses 5.0.0 and 4.0.3';
      io.stdout.write(`Imported ASVS ${r.version}: ${plural(r.requirementCount, 'requirement')} (${known}).\nSaved to ${r.path}\n`);
      if (existingOther(dir, r.version).length) io.stdout.write(`Also imported: ${existingOther(dir, r.version).join(', ')}\n`);
      return EXIT.ok;
    } catch (err) {
      if (err instanceof OfficialExportError || err instanceof AsvsImportError) throw new InputError(`cannot import ${positionals[0]}: ${err.message}`);
      throw err;
    }
  }
  throw new UsageError(`unknown asvs subcommand "${sub}"`, 'Subcommands: list, show, import. Run `assay asvs --help` for usage.');
}

function existingOther(dir: string, version: string): string[] {
  return importedVersions(dir).filter((v) => v !== version);
}

/**
 * The coverage summary `assay scan` puts in its JSON and SARIF output: per chapter counts per status at
 * the target level. Suppressed findings do not fail a requirement (they are reported, not open).
 */
export function scanCoverageSummary(
  result: Pick<ScanResult, 'rulesRun' | 'frameworks' | 'findings' | 'facts'>,
  version: AsvsVersion = '5.0.0',
  level: Level = 2,
  rules: readonly CoverageRule[] = allRuleScopes,
  decisions: RecordedDecisions | null = null,
): CoverageSummary {
  return coverageSummary({
    version,
    level,
    rules,
    rulesRun: result.rulesRun,
    frameworksPresent: result.frameworks,
    facts: result.facts ?? null,
    // The standing is what the code says (kind, suppression and its reason) and, when the scan is
    // recorded, the triage decisions already made for its fingerprints.
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      asvs: f.asvs,
      standing: findingStanding({ kind: f.kind, triage: decisions?.triage.get(f.fingerprint) ?? 'open', suppressed: f.suppression !== null, suppressionJustified: !!f.suppression?.justification?.trim() }),
    })),
    attestations: decisions?.attestations.map(toCoverageAttestation) ?? [],
  });
}

const STATUS_COLUMNS = REQUIREMENT_STATUSES.map((s) => [s, REQUIREMENT_STATUS_SHORT[s]] as const);

/** The summary as a text table, one row per chapter (for `assay scan`'s text output). */
export function formatCoverageSummary(summary: CoverageSummary): string {
  const header = ['chapter', 'reqs', ...STATUS_COLUMNS.map(([, label]) => label), 'compliance'];
  const row = (name: string, c: CoverageSummary['total']) => [
    truncateToWidth(safeLine(name), 44),
    String(c.total),
    ...STATUS_COLUMNS.map(([status]) => String(c.counts[status])),
    `${(c.compliance * 100).toFixed(1)}%`,
  ];
  const body = [...summary.chapters.map((c) => row(`${c.id} ${c.name}`, c)), row('total', summary.total)];
  const numeric = header.map((_, i) => i).filter((i) => i > 0);
  return `ASVS ${summary.version} level ${summary.level} (not verified is never counted as passing)\n` + formatTable(header, body, { right: numeric });
}

export const asvsCommand: CommandDefinition = {
  name: 'asvs',
  summary: 'list the ASVS requirements, show one, or import the official text',
  help: HELP,
  run: runAsvs,
};
