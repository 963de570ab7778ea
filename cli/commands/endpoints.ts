// `assay endpoints <path>`: the project's endpoint inventory — every route with its methods, full
// path, handler, authentication and the guards that decide it — from the last recorded scan that
// took one, or from a scan made now (not recorded) when there is none or with --rescan.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Endpoint } from '../../domain/index.js';
import { isStateChanging, isWholeRun, plural } from '../../domain/index.js';
import { findProjectByRoot, listScans, readScanEndpoints } from '../../store/index.js';
import { scanProject } from '../../analyzer/scan.js';
import { csvCell } from '../../report/csv.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { UsageError } from '../errors.js';
import { parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { historyDbPath, withHistoryDb } from '../history-db.js';
import { safeLine } from '../terminal-text.js';
import { formatTable } from '../table.js';
import { changesJson, changesText, recordedChanges } from './endpoint-changes.js';

const OPTIONS: OptionSpec = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  rescan: { type: 'boolean' },
  changes: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const HELP = `Usage: assay endpoints <path> [--json | --csv] [--rescan | --changes] [--db FILE]

The endpoint inventory of the project at <path>: every route Assay can read (see docs/endpoint-inventory.md) with
its methods, full path, handler, authentication (required, none or unknown) and the guards that
decide it, authorization checks, CSRF state, throttling, input and response models. Read from the
last recorded scan that took an inventory; when there is none, the folder is scanned now (the scan
is not recorded: run \`assay scan\` for that).

Options:
      --json         print JSON ({ "endpoints": [...] }, see docs/json-schema.md)
      --csv          print CSV, one row per endpoint (cells that would run as formulas are neutralised)
      --rescan       scan the folder now even when a recorded inventory exists
      --changes      what changed between the last two recorded scans with an inventory: new
                     endpoints (unauthenticated first), endpoints whose guards changed, removed ones
      --db FILE      the history database (default: the desktop app's database)
  -h, --help         show this help`;

export const ENDPOINT_CSV_COLUMNS = ['framework', 'methods', 'path', 'authentication', 'guards', 'authorization', 'csrf', 'throttled', 'input', 'response', 'handler_file', 'handler_line', 'handler_name', 'handler_end_line'] as const;

/** The JSON document: the shape, plus each endpoint's path parameters. */
export function endpointsJson(endpoints: readonly Endpoint[]): { endpoints: Endpoint[] } {
  return {
    endpoints: endpoints.map((e) => ({
      framework: e.framework,
      methods: [...e.methods],
      path: e.path,
      params: e.params.map((p) => ({ ...p })),
      // One key order whether the inventory was scanned now or read back from the store.
      handler: e.handler.endLine === undefined ? { file: e.handler.file, line: e.handler.line, name: e.handler.name } : { file: e.handler.file, line: e.handler.line, endLine: e.handler.endLine, name: e.handler.name },
      authentication: e.authentication,
      guards: e.guards.map((g) => ({ ...g })),
      authorization: e.authorization.map((a) => ({ ...a })),
      csrf: e.csrf,
      throttled: e.throttled,
      input: e.input,
      response: e.response,
    })),
  };
}

export function endpointsCsv(endpoints: readonly Endpoint[]): string {
  const lines = [ENDPOINT_CSV_COLUMNS.join(',')];
  for (const e of endpoints) {
    const cells = [
      e.framework, e.methods.join(' '), e.path, e.authentication, e.guards.map((g) => `${g.kind}:${g.name}`).join(' '),
      e.authorization.map((a) => `${a.kind}:${a.name}`).join(' '), e.csrf, e.throttled ? 'yes' : 'no', e.input, e.response,
      e.handler.file, e.handler.line, e.handler.name, e.handler.endLine ?? '',
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/**
 * A guard's name as the table shows it: every dotted Python path cut to its last part (`bearer
 * (api.auth.decode)` → `bearer (decode)`); a URL (connexion's x-tokenInfoUrl) stays whole.
 */
export function shortGuardName(name: string): string {
  return name.replace(/(?<![\w/:.-])(?:\w+\.)+(\w+)(?![\w/.:-])/g, '$1');
}

function guardText(e: Endpoint): string {
  const names = e.guards.filter((g) => g.authentication !== 'none' || g.kind !== 'authentication_class').map((g) => shortGuardName(g.name));
  return names.length ? names.join(', ') : '-';
}

export function endpointsTable(endpoints: readonly Endpoint[]): string {
  const header = ['methods', 'path', 'auth', 'guards', 'authz', 'csrf', 'limit', 'handler'];
  const body = endpoints.map((e) => [
    e.methods.join(','), safeLine(e.path), e.authentication, safeLine(guardText(e)), e.authorization.length ? e.authorization.map((a) => a.kind).join(',') : '-',
    e.csrf, e.throttled ? 'yes' : '-', `${safeLine(e.handler.file)}:${e.handler.line}`,
  ]);
  return formatTable(header, body);
}

export function inventorySummary(endpoints: readonly Endpoint[]): string {
  const none = endpoints.filter((e) => e.authentication === 'none');
  const unknown = endpoints.filter((e) => e.authentication === 'unknown').length;
  const writes = none.filter(isStateChanging).length;
  return `${plural(endpoints.length, 'endpoint')}: ${none.length} unauthenticated (${writes} state-changing), ${unknown} unknown.`;
}

/** The latest recorded inventory of the project at root, or null (no database, project or inventory). */
function recordedInventory(io: CliIo, db: string | undefined, root: string): { scanId: number; endpoints: Endpoint[] } | null {
  if (!existsSync(historyDbPath(io, db))) return null;
  return withHistoryDb(io, db, (store) => {
    const project = findProjectByRoot(store, root);
    if (!project) return null;
    for (const scan of listScans(store, project.id).reverse()) {
      if (!isWholeRun(scan.status)) continue;
      const endpoints = readScanEndpoints(store, scan.id);
      if (endpoints) return { scanId: scan.id, endpoints };
    }
    return null;
  }, { readonly: true });
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'endpoints');
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('endpoints needs the project folder, e.g. `assay endpoints .`');
  if (values.json && values.csv) throw new UsageError('--json and --csv cannot be combined: pick one output format.');
  const root = resolve(io.cwd, positionals[0]!);
  if (!existsSync(root)) throw new UsageError(`${root} does not exist. Give the project's folder (relative paths start from the current folder).`);
  if (!statSync(root).isDirectory()) throw new UsageError(`${root} is a file, not a folder. Give the project's folder instead.`);
  const db = stringOption(values.db);
  if (values.changes) {
    if (values.rescan || values.csv) throw new UsageError('--changes compares recorded scans: it cannot be combined with --rescan or --csv.');
    const changes = recordedChanges(io, db, root);
    if (values.json) io.stdout.write(JSON.stringify(changesJson(changes, (e) => endpointsJson([e]).endpoints[0]!), null, 2) + '\n');
    else io.stdout.write(changesText(changes));
    return EXIT.ok;
  }
  let endpoints: Endpoint[];
  let from: string;
  const recorded = values.rescan ? null : recordedInventory(io, db, root);
  if (recorded) {
    endpoints = recorded.endpoints;
    from = `from recorded scan #${recorded.scanId}`;
  } else {
    const result = await scanProject(root);
    endpoints = result.endpoints ?? [];
    from = 'from a scan made now (not recorded)';
  }
  if (values.json) io.stdout.write(JSON.stringify(endpointsJson(endpoints), null, 2) + '\n');
  else if (values.csv) io.stdout.write(endpointsCsv(endpoints));
  else {
    if (endpoints.length) io.stdout.write(endpointsTable(endpoints));
    io.stdout.write(`${inventorySummary(endpoints)} (${from})\n`);
    return EXIT.ok;
  }
  io.stderr.write(`${inventorySummary(endpoints)} (${from})\n`);
  return EXIT.ok;
}

export const endpointsCommand: CommandDefinition = { name: 'endpoints', summary: 'list every endpoint of a project with its authentication and guards', help: HELP, run };
