// `assay attest <requirement> --status S --evidence TEXT`: record a person's verdict on an ASVS
// requirement for a project, with evidence; the latest unexpired verdict counts.
import { resolve } from 'node:path';
import { ASVS_VERSIONS } from '../../domain/index.js';
import { ATTESTATION_STATUSES, ensureProject, recordAttestation, type AsvsVersion, type AttestationStatus } from '../../store/index.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { UsageError } from '../errors.js';
import { oneOf, parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { withHistoryDb } from '../history-db.js';

const OPTIONS: OptionSpec = {
  status: { type: 'string' },
  evidence: { type: 'string' },
  link: { type: 'string', multiple: true },
  expires: { type: 'string' },
  project: { type: 'string' },
  'asvs-version': { type: 'string' },
  by: { type: 'string' },
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const HELP = `Usage: assay attest <requirement> --status S --evidence TEXT [options]

Record that ASVS requirement <requirement> (e.g. V7.2.1) passes, fails or does not apply to a
project, with the evidence that shows it. Attestations are never edited: a new one supersedes.

Options:
      --status S          pass, fail or not_applicable
      --evidence TEXT     what was checked and what showed it (required)
      --link URL          a link to the evidence (repeatable)
      --expires DATE      when the attestation must be renewed (YYYY-MM-DD)
      --project PATH      the project (default: the current folder)
      --asvs-version V    5.0.0 or 4.0.3 (default: the project's target version)
      --by NAME           who attests (default: the reviewer name in Settings, else the OS user)
      --db FILE           the history database (default: the desktop app's database)
      --json              print the recorded attestation as JSON
  -h, --help              show this help`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'attest');
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('attest needs one requirement id, e.g. `assay attest V7.2.1 --status pass --evidence "…"`');
  const rawStatus = typeof values.status === 'string' ? values.status.toLowerCase().replace(/^(n\/a|na)$/, 'not_applicable').replace(/-/g, '_') : values.status;
  const status = oneOf(rawStatus, ATTESTATION_STATUSES, '--status') as AttestationStatus | undefined;
  if (!status) throw new UsageError(`attest needs --status (${ATTESTATION_STATUSES.join(', ')}).`);
  const evidence = stringOption(values.evidence);
  if (!evidence) throw new UsageError('attest needs --evidence TEXT: say what was checked and what showed it.');
  const asvsVersion = oneOf(values['asvs-version'], ASVS_VERSIONS, '--asvs-version') as AsvsVersion | undefined;
  const root = resolve(io.cwd, stringOption(values.project) ?? '.');
  const row = withHistoryDb(io, stringOption(values.db), (db) =>
    recordAttestation(db, {
      projectId: ensureProject(db, { rootPath: root }).id,
      requirementId: positionals[0]!,
      asvsVersion,
      status,
      evidence,
      links: (values.link as unknown as string[] | undefined) ?? [],
      expiresAt: stringOption(values.expires) ?? null,
      actor: stringOption(values.by),
    }),
  );
  if (values.json) io.stdout.write(JSON.stringify(row, null, 2) + '\n');
  else io.stdout.write(`Recorded: ${row.requirementId} (ASVS ${row.asvsVersion}) ${row.status} by ${row.actor} at ${row.at}${row.expiresAt ? `, expires ${row.expiresAt.slice(0, 10)}` : ''}.\n`);
  return EXIT.ok;
}

export const attestCommand: CommandDefinition = { name: 'attest', summary: 'record evidence that an ASVS requirement passes, fails or does not apply', help: HELP, run };
