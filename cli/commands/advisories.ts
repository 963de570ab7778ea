// `assay advisories import <PATH>` and `assay advisories status`: the offline advisory data that
// dependency findings are matched against, kept in the history database.
import { resolve } from 'node:path';
import { ADVISORY_MAX_AGE_DAYS, plural } from '../../domain/index.js';
import { advisoryStatus, importAdvisories } from '../../store/index.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { UsageError } from '../errors.js';
import { parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { withHistoryDb } from '../history-db.js';
import { safeLine } from '../terminal-text.js';

const OPTIONS: OptionSpec = { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };

const HELP = `Usage: assay advisories import <PATH> [--db FILE] [--json]
       assay advisories status [--db FILE] [--json]

import   Store OSV advisories for PyPI packages, offline: one OSV .json record, a folder of them,
         or the zip osv.dev publishes per ecosystem (PyPI/all.zip). Records that are not OSV are
         listed by name and the rest import; a newer copy of an id replaces the older one. An
         archive with names escaping its folder, a zip bomb, or a file that is not a zip is
         refused whole (exit 2) and nothing is stored.
status   How many advisories are stored, the newest modified date, and a warning when the data
         is older than ${ADVISORY_MAX_AGE_DAYS} days (dependency requirements then stay "not verified").

Options:
      --db FILE   the history database (default: the desktop app's database)
      --json      print the outcome as JSON
  -h, --help      show this help`;

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : 'never';
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'advisories');
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  const [sub, ...rest] = positionals;
  if (sub === 'import') {
    if (rest.length !== 1) throw new UsageError('advisories import needs one file or folder, e.g. `assay advisories import ~/Downloads/PyPI-all.zip`');
    const path = resolve(io.cwd, rest[0]!);
    const out = withHistoryDb(io, stringOption(values.db), (db) => importAdvisories(db, path));
    if (values.json) {
      io.stdout.write(JSON.stringify(out, null, 2) + '\n');
      return EXIT.ok;
    }
    io.stdout.write(`Read ${plural(out.read, 'record')} from the ${out.source}: ${out.added} added, ${out.replaced} replaced by a newer copy, ${out.unchanged} already current${out.otherEcosystems ? `, ${out.otherEcosystems} for other ecosystems (skipped)` : ''}.\n`);
    for (const bad of out.invalid) io.stderr.write(`assay: skipped ${safeLine(bad.name)}: ${safeLine(bad.reason)}\n`);
    return EXIT.ok;
  }
  if (sub === 'status') {
    if (rest.length) throw new UsageError('advisories status takes no arguments');
    const status = withHistoryDb(io, stringOption(values.db), (db) => advisoryStatus(db));
    if (values.json) {
      io.stdout.write(JSON.stringify(status, null, 2) + '\n');
      return EXIT.ok;
    }
    if (status.count === 0) {
      io.stdout.write('No advisories imported. Dependency versions are not checked for known vulnerabilities until you run `assay advisories import <PATH>`.\n');
      return EXIT.ok;
    }
    io.stdout.write(`${plural(status.count, 'advisory', 'advisories')} for ${plural(status.packages, 'package')}; newest modified ${day(status.newestModified)} (${status.ageDays === null ? 'age unknown' : `${plural(status.ageDays, 'day')} ago`}); last import ${day(status.lastImportedAt)}.\n`);
    if (status.stale) io.stderr.write(`assay: warning: the advisory data is ${status.ageDays} days old (over ${ADVISORY_MAX_AGE_DAYS}); import a fresh copy. Until then dependency requirements are not verified.\n`);
    return EXIT.ok;
  }
  throw new UsageError(sub ? `unknown advisories subcommand "${sub}" (import, status)` : 'advisories needs a subcommand: import or status');
}

export const advisoriesCommand: CommandDefinition = { name: 'advisories', summary: 'import OSV advisories for offline dependency checks; show their status', help: HELP, run };
