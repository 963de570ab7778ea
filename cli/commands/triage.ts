// `assay triage <fingerprint> --status S --reason TEXT [--expires DATE]`: record a decision about
// a finding; it follows the finding by fingerprint into later scans.
import { plural } from '../../domain/index.js';
import { resolve } from 'node:path';
import { TRIAGE_STATUSES, findingsByFingerprintPrefix, recordBulkTriage, recordTriage, requireProjectByRoot, type TriageStatus } from '../../store/index.js';
import { FILTER_KEYS, filterFromPairs } from './filter-words.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { oneOf, parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { withHistoryDb } from '../history-db.js';

const OPTIONS: OptionSpec = {
  status: { type: 'string' },
  reason: { type: 'string' },
  expires: { type: 'string' },
  project: { type: 'string' },
  filter: { type: 'string', multiple: true },
  by: { type: 'string' },
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const HELP = `Usage: assay triage <fingerprint>... --status S [--reason TEXT] [--expires DATE]
       assay triage --filter KEY=VALUE... --status S [--reason TEXT] [--project PATH]

Record a triage decision about findings: the fingerprints from \`assay findings\` (the first 6 or
more characters are enough when they are unique), or every finding of the project matching the
filters (the same words as \`assay findings\`; default: the open ones). One decision, one audit
event per finding, with who and when; all are recorded or none.

Options:
      --status S       ${TRIAGE_STATUSES.join(', ')}
      --reason TEXT    why; required for false_positive and accepted_risk
      --expires DATE   for accepted_risk: when the acceptance ends and the finding reopens (YYYY-MM-DD)
      --filter K=V     ${FILTER_KEYS.join(', ')} (repeatable; values comma-separated),
                       e.g. --filter rule=PY-DESER-YAML --filter path=tests/conftest.py
      --project PATH   the project (default with --filter: the current folder; with
                       fingerprints: needed when one exists in several projects)
      --by NAME        who decides (default: the reviewer name in Settings, else the OS user)
      --db FILE        the history database (default: the desktop app's database)
      --json           print the recorded event as JSON
  -h, --help           show this help`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'triage');
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  const filters = (values.filter as unknown as string[] | undefined) ?? [];
  if (filters.length && positionals.length) throw new UsageError('Give fingerprints or --filter, not both.');
  if (!filters.length && positionals.length === 0) throw new UsageError('triage needs finding fingerprints or --filter, e.g. `assay triage 3f2a9c01 --status confirmed`');
  const status = oneOf(values.status, TRIAGE_STATUSES, '--status') as TriageStatus | undefined;
  if (!status) throw new UsageError(`triage needs --status (${TRIAGE_STATUSES.join(', ')}).`);
  const project = stringOption(values.project);
  const decision = { status, reason: stringOption(values.reason), expiresAt: stringOption(values.expires) ?? null, actor: stringOption(values.by) };
  const filter = filters.length ? filterFromPairs(filters) : null;
  const outcome = withHistoryDb(io, stringOption(values.db), (db) => {
    if (filter) {
      const projectId = requireProjectByRoot(db, resolve(io.cwd, project ?? '.')).id;
      return recordBulkTriage(db, { projectId, filter, ...decision });
    }
    const projectId = project ? requireProjectByRoot(db, resolve(io.cwd, project)).id : undefined;
    const found = positionals.map((typed) => {
      const fingerprint = typed.trim().toLowerCase();
      const matches = findingsByFingerprintPrefix(db, fingerprint, projectId);
      if (matches.length === 0) throw new InputError(`No finding with fingerprint ${fingerprint}${project ? ` in ${project}` : ''}. List them with \`assay findings <path>\`.`);
      if (matches.length > 1) {
        throw new InputError(`${fingerprint} matches ${plural(matches.length, 'finding')} (${matches.slice(0, 5).map((m) => m.fingerprint.slice(0, 16)).join(', ')}${matches.length > 5 ? ', …' : ''}); give more characters${project ? '' : ' or --project PATH'}.`);
      }
      return matches[0]!;
    });
    const projects = new Set(found.map((m) => m.projectId));
    if (projects.size > 1) throw new InputError('These fingerprints belong to different projects; triage one project at a time (--project PATH).');
    if (found.length === 1) {
      const event = recordTriage(db, { findingId: found[0]!.id, ...decision });
      return { count: 1, findingIds: [found[0]!.id], status: event.status, expiresAt: event.expiresAt, actor: event.actor, at: event.at, event };
    }
    return recordBulkTriage(db, { projectId: found[0]!.projectId, findingIds: found.map((m) => m.id), ...decision });
  });
  if (values.json) io.stdout.write(JSON.stringify('event' in outcome && positionals.length === 1 ? outcome.event : outcome, null, 2) + '\n');
  else io.stdout.write(`Recorded: ${outcome.status}${outcome.expiresAt ? ` until ${outcome.expiresAt.slice(0, 10)}` : ''} for ${plural(outcome.count, 'finding')}, by ${outcome.actor} at ${outcome.at}.\n`);
  return EXIT.ok;
}

export const triageCommand: CommandDefinition = { name: 'triage', summary: 'record a triage decision (confirmed, false positive, accepted risk) for findings', help: HELP, run };
