// `assay diff <path> [--from ID] [--to ID] [--json]`: what changed between two scans of a project.
import { resolve } from 'node:path';
import { plural } from '../../domain/index.js';
import { diffScans, requireProjectByRoot, type DiffChange, type DiffFinding, type ScanDiff } from '../../store/index.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { UsageError } from '../errors.js';
import { parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { withHistoryDb } from '../history-db.js';
import { formatTable } from '../table.js';
import { safeLine } from '../terminal-text.js';

const OPTIONS: OptionSpec = { from: { type: 'string' }, to: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };

const HELP = `Usage: assay diff <path> [--from ID] [--to ID] [--json]

Compare two scans of the project at <path>: findings new in the later scan, fixed (seen by the
earlier, not by the later), still open, and changed in severity or status; then ASVS compliance
per chapter in each. Without --from/--to: the last two scans. Scan ids are in \`assay history\`.

Options:
      --from ID   the earlier scan (default: the one before --to)
      --to ID     the later scan (default: the newest)
      --db FILE   the history database (default: the desktop app's database)
      --json      print JSON (documented in docs/json-schema.md)
  -h, --help      show this help`;

function scanId(value: string | boolean | undefined, flag: string): number | undefined {
  const text = stringOption(value);
  if (text === undefined) return undefined;
  const id = Number(text.replace(/^#/, ''));
  if (!Number.isInteger(id) || id < 1) throw new UsageError(`${flag} takes a scan id from \`assay history\`, e.g. ${flag} 12 (got "${text}").`);
  return id;
}

const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const where = (f: DiffFinding) => `${safeLine(f.path)}:${f.startLine}`;

function findingRows(list: readonly DiffFinding[]): string {
  return formatTable(['  fingerprint', 'severity', 'status', 'rule', 'location'], list.map((f) => [`  ${f.fingerprint.slice(0, 12)}`, f.severity ?? '?', f.status, safeLine(f.ruleId), where(f)]));
}

function changeRows(list: readonly DiffChange[]): string {
  const arrow = (a: string | null, b: string | null) => (a === b ? (b ?? '?') : `${a ?? '?'} → ${b ?? '?'}`);
  return formatTable(['  fingerprint', 'severity', 'status', 'rule', 'location'], list.map((c) => [`  ${c.fingerprint.slice(0, 12)}`, arrow(c.from.severity, c.to.severity), arrow(c.from.status, c.to.status), safeLine(c.ruleId), where(c)]));
}

export function diffText(d: ScanDiff): string {
  const out: string[] = [];
  const label = (s: ScanDiff['from']) => `#${s.id} (${s.startedAt.slice(0, 16).replace('T', ' ')}${s.gitCommit ? `, ${safeLine(s.gitCommit.slice(0, 10))}` : ''})`;
  out.push(`Scan ${label(d.from)} → scan ${label(d.to)}: ${d.counts.new} new, ${d.counts.fixed} fixed, ${d.counts.stillOpen} still open, ${d.counts.changed} changed.`);
  if (d.warning) out.push(`Note: ${d.warning}`);
  const section = (title: string, count: number, body: string) => {
    if (count) out.push('', `${title} (${plural(count, 'finding')}):`, body.trimEnd());
  };
  section('New', d.counts.new, findingRows(d.new));
  section('Fixed', d.counts.fixed, findingRows(d.fixed));
  section('Changed severity or status', d.counts.changed, changeRows(d.changed));
  out.push('', `ASVS ${d.compliance.version} level ${d.compliance.level} compliance, scan #${d.from.id} → #${d.to.id}:`);
  const rows = d.compliance.chapters.map((c) => [`  ${c.chapter}`, percent(c.from), percent(c.to), c.from !== null && c.to !== null && c.from !== c.to ? `${c.to > c.from ? '+' : ''}${((c.to - c.from) * 100).toFixed(1)}` : '']);
  rows.push(['  total', percent(d.compliance.total.from), percent(d.compliance.total.to), '']);
  out.push(formatTable(['  chapter', 'then', 'now', 'change'], rows, { right: [1, 2, 3] }).trimEnd());
  return out.join('\n') + '\n';
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'diff');
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('diff needs the project folder, e.g. `assay diff .`');
  const fromScanId = scanId(values.from, '--from');
  const toScanId = scanId(values.to, '--to');
  if (fromScanId !== undefined && toScanId !== undefined && fromScanId === toScanId) throw new UsageError('--from and --to are the same scan; give two different scan ids.');
  const root = resolve(io.cwd, positionals[0]!);
  const diff = withHistoryDb(io, stringOption(values.db), (db) => diffScans(db, requireProjectByRoot(db, root).id, { fromScanId, toScanId }), { readonly: true });
  io.stdout.write(values.json ? JSON.stringify(diff, null, 2) + '\n' : diffText(diff));
  return EXIT.ok;
}

export const diffCommand: CommandDefinition = { name: 'diff', summary: 'compare two scans of a project: new, fixed, changed, compliance', help: HELP, run };
