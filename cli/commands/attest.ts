// `assay attest <requirement> --status S --evidence TEXT`: record a person's verdict on an ASVS
// requirement for a project, with evidence; the latest unexpired verdict counts. `--confirm-suggested`
// turns the suggested N/As of the latest scan into attested ones, with their evidence of absence.
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { allRuleScopes } from '../../analyzer/rules/scopes.js';
import { ASVS_VERSIONS } from '../../domain/index.js';
import {
  ATTESTATION_STATUSES, EVIDENCE_FILE_MAX_BYTES, latestScan, liveCoverage, recordAttestation, reviewerFor, UnknownRequirementError,
  type AsvsVersion, type AttestationRow, type AttestationStatus, type EvidenceFileInput, type StoreDb,
} from '../../store/index.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { oneOf, parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { withHistoryDb } from '../history-db.js';
import { existingProject } from '../project-arg.js';

const OPTIONS: OptionSpec = {
  status: { type: 'string' },
  evidence: { type: 'string' },
  link: { type: 'string', multiple: true },
  file: { type: 'string', multiple: true },
  override: { type: 'string' },
  'confirm-suggested': { type: 'boolean' },
  expires: { type: 'string' },
  project: { type: 'string' },
  'asvs-version': { type: 'string' },
  by: { type: 'string' },
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const HELP = `Usage: assay attest <requirement> --status S --evidence TEXT [options]
       assay attest --confirm-suggested [<requirement> …] [options]

Record that ASVS requirement <requirement> (e.g. V7.2.1) passes, fails or does not apply to a
project, with the evidence that shows it. Attestations are never edited: a new one supersedes.
The project must have been scanned (or imported) into the database first.

Options:
      --status S          ${ATTESTATION_STATUSES.join(', ')}
      --evidence TEXT     what was checked and what showed it (required)
      --link URL          a link to the evidence (repeatable)
      --file PATH         attach an evidence file, at most ${EVIDENCE_FILE_MAX_BYTES / 1024 / 1024} MiB (repeatable); stored by SHA-256
      --override TEXT     record a pass although the latest scan has open findings on it, and why
                          (kept as a conflict, shown on the requirement and in every report)
      --confirm-suggested confirm the suggested not-applicable requirements of the latest scan (all,
                          or the ids given) as attested N/A with their evidence of absence
      --expires DATE      when the attestation must be renewed (YYYY-MM-DD)
      --project PATH|NAME the project (default: the current folder)
      --asvs-version V    ${ASVS_VERSIONS.join(' or ')} (default: the project's target version)
      --by NAME           who attests (default: Settings' reviewer, else git user.name of the project, else the OS user)
      --db FILE           the history database (default: the desktop app's database)
      --json              print the recorded attestations as JSON
  -h, --help              show this help

Exit codes: 0 recorded, 2 refused (unknown requirement id, no such project, open findings
without --override, a missing or too large file).`;

function readEvidenceFiles(io: CliIo, paths: readonly string[]): EvidenceFileInput[] {
  return paths.map((p) => {
    const file = resolve(io.cwd, p);
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new InputError(`--file ${p} is not a file.`);
      size = st.size;
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`--file ${p} cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
    }
    if (size > EVIDENCE_FILE_MAX_BYTES) {
      throw new InputError(`--file ${p} is ${(size / 1024 / 1024).toFixed(1)} MiB; evidence files may be at most ${EVIDENCE_FILE_MAX_BYTES / 1024 / 1024} MiB. Attach a smaller file or give a --link.`);
    }
    return { name: basename(file), content: readFileSync(file) };
  });
}

function confirmSuggested(db: StoreDb, projectId: number, version: AsvsVersion, ids: readonly string[], by: string, expiresAt: string | null): AttestationRow[] {
  const scan = latestScan(db, projectId);
  if (!scan) throw new InputError('The project has no complete scan yet: scan it, then confirm what it suggests.');
  const wanted = new Set(ids.map((i) => i.toUpperCase()));
  const suggested = liveCoverage(db, allRuleScopes, projectId, scan.id, version, 3).requirements.filter((r) => r.status === 'not_applicable_suggested');
  const unknown = [...wanted].filter((id) => !suggested.some((r) => r.id === id));
  if (unknown.length) throw new InputError(`Not suggested as not applicable by scan #${scan.id}: ${unknown.join(', ')}. Run \`assay asvs list\` or see the ASVS page for the suggestions.`);
  const chosen = suggested.filter((r) => wanted.size === 0 || wanted.has(r.id));
  if (chosen.length === 0) throw new InputError(`Scan #${scan.id} suggests no requirement as not applicable.`);
  return db.transaction(() =>
    chosen.map((r) => recordAttestation(db, { projectId, asvsVersion: version, requirementId: r.id, status: 'not_applicable', evidence: `Confirmed suggestion of scan #${scan.id}: ${r.reason}`, actor: by, expiresAt })),
  )();
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'attest');
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  const asvsVersion = oneOf(values['asvs-version'], ASVS_VERSIONS, '--asvs-version') as AsvsVersion | undefined;
  const files = readEvidenceFiles(io, (values.file as unknown as string[] | undefined) ?? []);
  const confirm = values['confirm-suggested'] === true;
  let status: AttestationStatus | undefined;
  let evidence: string | undefined;
  if (!confirm) {
    if (positionals.length !== 1) throw new UsageError('attest needs one requirement id, e.g. `assay attest V7.2.1 --status pass --evidence "…"`');
    status = oneOf(values.status, ATTESTATION_STATUSES, '--status') as AttestationStatus | undefined;
    if (!status) throw new UsageError(`attest needs --status (${ATTESTATION_STATUSES.join(', ')}).`);
    evidence = stringOption(values.evidence);
    if (!evidence) throw new UsageError('attest needs --evidence TEXT: say what was checked and what showed it.');
  }
  const rows = withHistoryDb(io, stringOption(values.db), (db) => {
    const project = existingProject(db, io.cwd, stringOption(values.project));
    const by = stringOption(values.by) ?? reviewerFor(db, project.rootPath);
    const version = asvsVersion ?? project.asvsVersion;
    const expiresAt = stringOption(values.expires) ?? null;
    if (confirm) return confirmSuggested(db, project.id, version, positionals, by, expiresAt);
    try {
      return [recordAttestation(db, {
        projectId: project.id, requirementId: positionals[0]!, asvsVersion: version, status: status!, evidence: evidence!,
        links: (values.link as unknown as string[] | undefined) ?? [], expiresAt, actor: by, override: stringOption(values.override) ?? null, files,
      })];
    } catch (e) {
      if (e instanceof UnknownRequirementError) throw new InputError(e.message);
      throw e;
    }
  });
  if (values.json) io.stdout.write(JSON.stringify(confirm ? rows : rows[0], null, 2) + '\n');
  else {
    for (const row of rows) {
      const conflict = row.overrideReason ? `, over ${row.overriddenFindings} open finding${row.overriddenFindings === 1 ? '' : 's'} (conflict recorded)` : '';
      const attached = row.files.length ? `, ${row.files.length} evidence file${row.files.length === 1 ? '' : 's'}` : '';
      io.stdout.write(`Recorded: ${row.requirementId} (ASVS ${row.asvsVersion}) ${row.status} by ${row.actor} at ${row.at}${row.expiresAt ? `, expires ${row.expiresAt.slice(0, 10)}` : ''}${conflict}${attached}.\n`);
    }
  }
  return EXIT.ok;
}

export const attestCommand: CommandDefinition = { name: 'attest', summary: 'record evidence that an ASVS requirement passes, fails or does not apply', help: HELP, run };
