// `assay findings <path>`: the project's findings from the history database, filtered.
import { resolve } from 'node:path';
import { FINDING_KINDS, SEVERITIES } from '../../analyzer/types.js';
import { LIFECYCLES, TRIAGE_STATUSES, listFindings, requireProjectByRoot, type FindingFilter, type FindingRow } from '../../store/index.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { UsageError } from '../errors.js';
import { parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { withHistoryDb } from '../history-db.js';
import { safeLine } from '../terminal-text.js';
import { formatTable } from '../table.js';
import { plural } from '../../domain/index.js';

const OPTIONS: OptionSpec = {
  db: { type: 'string' },
  status: { type: 'string', multiple: true },
  severity: { type: 'string', multiple: true },
  rule: { type: 'string', multiple: true },
  cwe: { type: 'string', multiple: true },
  search: { type: 'string' },
  assignee: { type: 'string' },
  kind: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export const FINDING_STATUS_WORDS = [...TRIAGE_STATUSES, ...LIFECYCLES, 'suppressed', 'all'] as const;

const HELP = `Usage: assay findings <path> [--status S]... [--severity S]... [--json]

List findings of the project at <path> from the history database. Without --status: the open
ones (not fixed, not suppressed, not false positive, no accepted risk in force), vulnerabilities
only unless --kind says otherwise.

Options:
      --status S     ${FINDING_STATUS_WORDS.join(', ')} (repeatable)
      --severity S   ${SEVERITIES.join(', ')} (repeatable)
      --rule ID      only this rule (repeatable)
      --cwe N        only this CWE (repeatable)
      --search TEXT  words in the message, path, rule, title, CWE or code (each word, or its start)
      --assignee N   assigned to N; "none" for unassigned
      --kind K       vulnerability (default), hotspot (the To review queue) or all
      --limit N      at most N findings (default 200, max 1000)
      --db FILE      the history database (default: the desktop app's database)
      --json         print JSON ({ total, rows })
  -h, --help         show this help`;

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap((v: string) => v.split(',')).map((v) => v.trim().toLowerCase().replace(/-/g, '_')).filter(Boolean) : [];
}

/** --status words → filter: triage words and lifecycle words combine; 'all' lifts the defaults. */
export function filterFromStatus(words: readonly string[]): FindingFilter {
  const filter: FindingFilter = {};
  for (const w of words) if (!(FINDING_STATUS_WORDS as readonly string[]).includes(w)) {
    throw new UsageError(`--status must be one of ${FINDING_STATUS_WORDS.join(', ')} (got "${w}").`);
  }
  if (words.includes('all')) return { lifecycle: [...LIFECYCLES], triage: [...TRIAGE_STATUSES], suppressed: 'any' };
  const triage = TRIAGE_STATUSES.filter((t) => words.includes(t));
  const lifecycle = LIFECYCLES.filter((l) => words.includes(l));
  if (triage.length) filter.triage = triage;
  if (lifecycle.length) filter.lifecycle = lifecycle;
  if (words.includes('suppressed')) filter.suppressed = true;
  return filter;
}

/**
 * One word for where a finding stands: a fixed finding reads "fixed" (not "open/fixed"); otherwise
 * the decision in force, with the lifecycle when it says something (new, reopened).
 */
export function statusText(f: Pick<FindingRow, 'lifecycle' | 'triage' | 'suppression'>): string {
  if (f.lifecycle === 'fixed') return f.triage === 'open' ? 'fixed' : `fixed (was ${f.triage})`;
  const decision = f.suppression ? 'suppressed' : f.triage;
  return f.lifecycle === 'persisting' ? decision : `${decision}, ${f.lifecycle}`;
}

/** A suppression's weight on compliance, said beside the title (as the findings listing always did). */
function standingNote(f: FindingRow): string {
  if (f.standing === 'suppressed_without_reason') return '  [suppressed without a reason: still counts against its requirements]';
  if (f.standing === 'suppressed_with_reason') return '  [suppressed with a reason: an accepted exception]';
  return '';
}

export function findingsTable(rows: readonly FindingRow[]): string {
  // The assignee column appears once someone is assigned, so unassigned projects keep a narrow table.
  const assigned = rows.some((f) => f.assignee !== null);
  const header = ['fingerprint', 'severity', 'status', 'rule', 'location', ...(assigned ? ['assignee'] : []), 'title'];
  const body = rows.map((f) => [
    f.fingerprint.slice(0, 12), f.severity, statusText(f), safeLine(f.ruleId), `${safeLine(f.path)}:${f.startLine}`, ...(assigned ? [f.assignee === null ? '-' : safeLine(f.assignee)] : []), safeLine(f.title) + standingNote(f),
  ]);
  return formatTable(header, body);
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'findings');
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('findings needs the project folder, e.g. `assay findings .`');
  const filter = filterFromStatus(list(values.status));
  const severities = list(values.severity);
  for (const s of severities) if (!(SEVERITIES as readonly string[]).includes(s)) throw new UsageError(`--severity must be one of ${SEVERITIES.join(', ')} (got "${s}").`);
  if (severities.length) filter.severity = severities as FindingFilter['severity'];
  const rules = (values.rule as unknown as string[] | undefined) ?? [];
  if (rules.length) filter.ruleId = rules;
  const cwes = list(values.cwe).map((c) => Number(c.replace(/^cwe_?/, '')));
  if (cwes.some((c) => !Number.isInteger(c) || c <= 0)) throw new UsageError('--cwe takes a CWE number, e.g. --cwe 89 or --cwe CWE-89.');
  if (cwes.length) filter.cwe = cwes;
  const kind = (stringOption(values.kind) ?? 'vulnerability').toLowerCase();
  if (kind === 'all') filter.kind = [...FINDING_KINDS];
  else if ((FINDING_KINDS as readonly string[]).includes(kind)) filter.kind = [kind as (typeof FINDING_KINDS)[number]];
  else throw new UsageError(`--kind must be vulnerability, hotspot or all (got "${kind}").`);
  const search = stringOption(values.search);
  if (search) filter.search = search;
  const assignee = stringOption(values.assignee)?.trim();
  if (assignee) filter.assignee = [assignee.toLowerCase() === 'none' ? null : assignee];
  const limitText = stringOption(values.limit) ?? '200';
  if (!/^\d+$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > 1000) throw new UsageError(`--limit must be a number from 1 to 1000 (got "${limitText}").`);
  const root = resolve(io.cwd, positionals[0]!);
  const page = withHistoryDb(io, stringOption(values.db), (db) => listFindings(db, requireProjectByRoot(db, root).id, { filter, limit: Number(limitText) }), { readonly: true });
  if (values.json) {
    io.stdout.write(JSON.stringify(page, null, 2) + '\n');
    return EXIT.ok;
  }
  if (page.rows.length) io.stdout.write(findingsTable(page.rows));
  io.stdout.write(`${plural(page.total, 'finding')}${page.total > page.rows.length ? `, ${page.rows.length} shown (--limit)` : ''}.\n`);
  return EXIT.ok;
}

export const findingsCommand: CommandDefinition = { name: 'findings', summary: 'list findings of a project from the history database', help: HELP, run };
