// `assay verify <pack.zip>`: check an evidence pack's files against its manifest, and say exactly
// what was verified or which file changed.
import { resolve } from 'node:path';
import { verifyEvidencePack, type VerifyResult } from '../../report/index.js';
import { MAX_PACK_FILE_BYTES } from '../../report/verify-pack.js';
import { InputFileError, readInputFile } from '../../store/index.js';
import { EXIT, type CliIo, type CommandDefinition } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { parseOptions, type OptionSpec } from '../parse-options.js';
import { safeLine } from '../terminal-text.js';

const HELP = `Usage: assay verify <pack.zip> [--json]

Check an evidence pack made by \`assay report --format pack\` (or the desktop app): every file the
manifest lists must be present with the SHA-256 it records, nothing else may be in the zip, and no
entry name may point outside the pack.

This proves the files have not changed since the manifest was written. It cannot prove who wrote
the manifest: keep the manifest SHA-256 printed here with the audit record to detect a pack that
was altered and re-hashed.

Options:
      --json      machine-readable result
  -h, --help      show this help

Exit codes: 0 verified, 1 verification failed, 2 usage error or unreadable file.`;

const OPTIONS: OptionSpec = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };

function textReport(file: string, r: VerifyResult): string {
  const lines: string[] = [];
  const m = r.manifest;
  if (m) {
    lines.push(`Evidence pack ${file}`);
    lines.push(`  project   ${m.project.name} (${m.project.rootPath})`);
    lines.push(`  scan      #${m.scan.id} (${m.scan.status}) ${m.scan.startedAt}, commit ${m.scan.gitCommit ?? 'none'}${m.scan.gitBranch ? ` on ${m.scan.gitBranch}` : ''}`);
    lines.push(`  standard  ASVS ${m.asvs.version} Level ${m.asvs.level}, compliance ${(m.compliance * 100).toFixed(1)}%`);
    lines.push(`  made by   ${m.tool.name} ${m.tool.analyzerVersion} (ruleset ${m.tool.rulesetVersion}) for ${m.reviewer} at ${m.generatedAt}`);
  }
  if (r.manifestSha256) lines.push(`  manifest  sha256 ${r.manifestSha256}`);
  for (const f of r.files) lines.push(`  ${f.status === 'ok' ? 'OK     ' : f.status === 'changed' ? 'CHANGED' : 'MISSING'} ${f.path}${f.actualSha256 ? `  sha256 ${f.actualSha256}` : ''}`);
  for (const u of r.unexpected) lines.push(`  EXTRA   ${u}`);
  if (r.ok) lines.push(`Verified: ${r.files.length} ${r.files.length === 1 ? 'file matches' : 'files match'} the manifest; nothing added or missing.`);
  else lines.push('Verification FAILED:', ...r.problems.map((p) => `  - ${p}`));
  return lines.map(safeLine).join('\n') + '\n';
}

async function runVerify(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, OPTIONS, 'verify');
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('verify needs one evidence pack, e.g. `assay verify evidence.zip`');
  const file = resolve(io.cwd, positionals[0]!);
  let bytes: Uint8Array;
  try {
    bytes = readInputFile(file, MAX_PACK_FILE_BYTES, 'an evidence pack (.zip)');
  } catch (err) {
    if (err instanceof InputFileError) throw new InputError(err.message);
    throw err;
  }
  const result = verifyEvidencePack(bytes);
  io.stdout.write(values.json ? JSON.stringify({ file, ...result }, null, 2) + '\n' : textReport(file, result));
  return result.ok ? EXIT.ok : EXIT.findings;
}

export const verifyCommand: CommandDefinition = {
  name: 'verify',
  summary: 'check an evidence pack: every file against the SHA-256 in its manifest',
  help: HELP,
  run: runVerify,
};
