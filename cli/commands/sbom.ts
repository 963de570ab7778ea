// `assay sbom <path> [--output FILE]`: a CycloneDX 1.6 JSON SBOM of the project's dependencies,
// read from its manifests and lock files (never by running anything), with the vulnerabilities the
// history database's advisories give and their triage as VEX analysis states.
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { projectInventory } from '../../analyzer/dependencies/read-project.js';
import { loadConfig } from '../../analyzer/config.js';
import { analyzerVersion } from '../../analyzer/version.js';
import { buildSbom, type SbomTriage } from '../../report/sbom.js';
import { advisoriesFor, findProjectByRoot, triageByFingerprint } from '../../store/index.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { parseOptions, stringOption, type OptionSpec } from '../parse-options.js';
import { withHistoryDb, historyDbPath } from '../history-db.js';
import { existsSync, statSync } from 'node:fs';
import { fingerprintOf } from '../../analyzer/fingerprint.js';
import { plural } from '../../domain/index.js';

const OPTIONS: OptionSpec = { output: { type: 'string', short: 'o' }, db: { type: 'string' }, 'no-db': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };

const HELP = `Usage: assay sbom <path> [--output FILE] [--db FILE | --no-db]

Write a CycloneDX 1.6 JSON SBOM of the project at <path>: every dependency its manifests declare
or its lock files pin (purl pkg:pypi/name@version, scope from its groups, hashes and the dependency
graph from lock files), and the known vulnerabilities of exact versions from the advisories in the
history database, each with its analysis state from Assay's triage (a VEX document).

Options:
  -o, --output FILE   write the SBOM to FILE instead of standard output
      --db FILE       the history database with advisories and triage (default: the desktop app's)
      --no-db         no advisories, no triage: the inventory only
  -h, --help          show this help`;

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'sbom');
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('sbom needs the project folder, e.g. `assay sbom . --output bom.json`');
  const root = resolve(io.cwd, positionals[0]!);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new InputError(`${root} is not a folder. Give the project's folder.`);
  const config = await loadConfig(root);
  const inventory = await projectInventory(root, { exclude: config.exclude, maxFileSize: config.maxFileSize, respectGitignore: config.respectGitignore });
  for (const p of inventory.problems) io.stderr.write(`assay: warning: ${p.path}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
  const names = [...new Set(inventory.dependencies.map((d) => d.name))];
  const flag = stringOption(values.db);
  const useDb = !values['no-db'] && (flag !== undefined || existsSync(historyDbPath(io, flag)));
  const { advisories, triage } = useDb
    ? withHistoryDb(io, flag, (db) => {
        const advisories = advisoriesFor(db, names);
        const project = findProjectByRoot(db, root);
        const fps = inventory.dependencies.flatMap((d) => advisories.map((a) => fingerprintOf(['PY-DEP-VULN', d.path, `${d.name}\u0000${a.id}`])));
        return { advisories, triage: project ? triageByFingerprint(db, project.id, fps) : new Map<string, SbomTriage>() };
      })
    : { advisories: [], triage: new Map<string, SbomTriage>() };
  const bom = buildSbom({ projectName: basename(root), inventory, advisories, triage, toolVersion: analyzerVersion() });
  const text = JSON.stringify(bom, null, 2) + '\n';
  const output = stringOption(values.output);
  if (output) {
    const target = resolve(io.cwd, output);
    try {
      writeFileSync(target, text);
    } catch (err) {
      throw new InputError(`cannot write the SBOM to ${target} (${(err as NodeJS.ErrnoException).code ?? String(err)}). Check that the folder exists and is writable.`);
    }
    io.stderr.write(`Wrote ${target}: ${plural((bom.components as unknown[]).length, 'component')}, ${plural((bom.vulnerabilities as unknown[]).length, 'vulnerability', 'vulnerabilities')}.\n`);
  } else io.stdout.write(text);
  return EXIT.ok;
}

export const sbomCommand: CommandDefinition = { name: 'sbom', summary: 'write a CycloneDX 1.6 SBOM (with VEX from triage) of a project’s dependencies', help: HELP, run };
