// `assay triage <fingerprint> --status S --reason TEXT [--expires DATE]`: record a decision about
// a finding; it follows the finding by fingerprint into later scans.
import { resolve } from 'node:path';
import { TRIAGE_STATUSES, findingsByFingerprintPrefix, recordTriage, requireProjectByRoot, type TriageStatus } from '../../store/index.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { oneOf, parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { withHistoryDb } from '../history-db.js';

const OPTIONS: OptionSpec = {
  status: { type: 'string' },
  reason: { type: 'string' },
  expires: { type: 'string' },
  project: { type: 'string' },
  by: { type: 'string' },
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const HELP = `Usage: assay triage <fingerprint> --status S [--reason TEXT] [--expires DATE]

Record a triage decision about a finding (the fingerprint from \`assay findings\`; the first 6 or
more characters are enough when they are unique). Every decision is kept, with who and when.

Options:
      --status S       ${TRIAGE_STATUSES.join(', ')}
      --reason TEXT    why; required for false_positive and accepted_risk
      --expires DATE   for accepted_risk: when the acceptance ends and the finding reopens (YYYY-MM-DD)
      --project PATH   the project, when the fingerprint exists in several
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
  if (positionals.length !== 1) throw new UsageError('triage needs one finding fingerprint, e.g. `assay triage 3f2a9c01 --status confirmed`');
  const status = oneOf(values.status, TRIAGE_STATUSES, '--status') as TriageStatus | undefined;
  if (!status) throw new UsageError(`triage needs --status (${TRIAGE_STATUSES.join(', ')}).`);
  const fingerprint = positionals[0]!.trim().toLowerCase();
  const project = stringOption(values.project);
  const event = withHistoryDb(io, stringOption(values.db), (db) => {
    const projectId = project ? requireProjectByRoot(db, resolve(io.cwd, project)).id : undefined;
    const matches = findingsByFingerprintPrefix(db, fingerprint, projectId);
    if (matches.length === 0) throw new InputError(`No finding with fingerprint ${fingerprint}${project ? ` in ${project}` : ''}. List them with \`assay findings <path>\`.`);
    if (matches.length > 1) {
      throw new InputError(`${fingerprint} matches ${matches.length} findings (${matches.slice(0, 5).map((m) => m.fingerprint.slice(0, 16)).join(', ')}${matches.length > 5 ? ', …' : ''}); give more characters${project ? '' : ' or --project PATH'}.`);
    }
    return recordTriage(db, { findingId: matches[0]!.id, status, reason: stringOption(values.reason), expiresAt: stringOption(values.expires) ?? null, actor: stringOption(values.by) });
  });
  if (values.json) io.stdout.write(JSON.stringify(event, null, 2) + '\n');
  else io.stdout.write(`Recorded: ${status}${event.expiresAt ? ` until ${event.expiresAt.slice(0, 10)}` : ''} by ${event.actor} at ${event.at}.\n`);
  return EXIT.ok;
}

export const triageCommand: CommandDefinition = { name: 'triage', summary: 'record a triage decision (confirmed, false positive, accepted risk) for a finding', help: HELP, run };
