// `assay history <path>`: the project's scans with open/new/fixed counts, as text or JSON.
import { resolve } from 'node:path';
import { requireProjectByRoot, scanHistory, type ScanHistoryRow } from '../../store/index.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { UsageError } from '../errors.js';
import { parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { withHistoryDb } from '../history-db.js';
import { safeLine } from '../terminal-text.js';
import { formatTable } from '../table.js';

const OPTIONS: OptionSpec = { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };

const HELP = `Usage: assay history <path> [--db FILE] [--json]

List the recorded scans of the project at <path>, oldest first, with open, new, reopened and
fixed vulnerabilities (critical/high in brackets) and the hotspots open to review.

Options:
      --db FILE   the history database (default: the desktop app's database)
      --json      print JSON instead of a table
  -h, --help      show this help`;

export function historyTable(rows: readonly ScanHistoryRow[]): string {
  const header = ['scan', 'started', 'status', 'tool', 'commit', 'open', 'new', 'reopened', 'fixed', 'to review'];
  const body = rows.map((r) => [
    `#${r.scanId}`,
    r.startedAt.slice(0, 19).replace('T', ' '),
    r.status,
    safeLine(r.tool),
    safeLine((r.gitCommit ?? '-').slice(0, 10)),
    `${r.totals.open} (${r.open.critical}/${r.open.high})`,
    `${r.totals.new} (${r.new.critical}/${r.new.high})`,
    String(r.totals.reopened),
    `${r.totals.fixed} (${r.fixed.critical}/${r.fixed.high})`,
    String(r.hotspots.totals.open),
  ]);
  return formatTable(header, body);
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'history');
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('history needs the project folder, e.g. `assay history .`');
  const root = resolve(io.cwd, positionals[0]!);
  const rows = withHistoryDb(io, stringOption(values.db), (db) => scanHistory(db, requireProjectByRoot(db, root).id), { readonly: true });
  if (values.json) io.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else io.stdout.write(rows.length ? historyTable(rows) : 'No scans recorded yet.\n');
  return EXIT.ok;
}

export const historyCommand: CommandDefinition = { name: 'history', summary: 'list recorded scans of a project with open/new/fixed counts', help: HELP, run };
