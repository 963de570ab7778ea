// `assay import <path> <results.json|sarif>`: add results produced elsewhere (a CI run of
// `assay scan --format json`, or SARIF from Bandit, Semgrep, CodeQL…) to a project's history.
import { plural } from '../../domain/index.js';
import { resolve } from 'node:path';
import { ImportFormatError, prepareImport, recordImport } from '../../store/index.js';
import { InputError } from '../errors.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { UsageError } from '../errors.js';
import { parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { withHistoryDb } from '../history-db.js';
import { safeLine } from '../terminal-text.js';

const OPTIONS: OptionSpec = { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };

const HELP = `Usage: assay import <path> <results.json|results.sarif> [--db FILE] [--json]

Record results produced elsewhere in the history of the project at <path>: the JSON of
\`assay scan --format json\`, SARIF 2.1.0 from any tool (each run becomes one imported scan;
CWE tags are mapped to ASVS; findings keep the name of the tool that produced them), or the JSON
of \`pip-audit -f json\` and \`osv-scanner --format json\` (vulnerable dependencies, CWE-1395).

Options:
      --db FILE   the history database (default: the desktop app's database)
      --json      print what was recorded as JSON
  -h, --help      show this help`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'import');
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError('import needs the project folder and the results file, e.g. `assay import . bandit.sarif`');
  const root = resolve(io.cwd, positionals[0]!);
  const file = resolve(io.cwd, positionals[1]!);
  // Read and validated before the database is opened: a rejected file creates nothing.
  let prepared;
  try {
    prepared = prepareImport(file, root);
  } catch (e) {
    if (e instanceof ImportFormatError) throw new InputError(e.message);
    throw e;
  }
  const outcome = withHistoryDb(io, stringOption(values.db), (db) => recordImport(db, prepared));
  if (values.json) {
    io.stdout.write(JSON.stringify(outcome, null, 2) + '\n');
    return EXIT.ok;
  }
  for (const s of outcome.scans) {
    io.stdout.write(`Imported ${safeLine(s.tool)} as scan #${s.scanId}: ${plural(s.findings, 'finding')}, ${s.newFindings} new, ${s.fixed} fixed, ${s.reopened} reopened.\n`);
  }
  if (outcome.scans.length === 0) io.stdout.write('The file holds no runs; nothing recorded.\n');
  return EXIT.ok;
}

export const importCommand: CommandDefinition = { name: 'import', summary: 'import results (Assay JSON, SARIF, pip-audit or osv-scanner JSON) into a project’s history', help: HELP, run };
