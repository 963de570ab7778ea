// The `assay` command line: global flags, then one subcommand from the registry.
import { analyzerVersion } from '../analyzer/version.js';
import { EXIT, type CliIo } from './command.js';
import { commands } from './commands/index.js';
import { reportError, UsageError } from './errors.js';
import { exitQuietlyOnClosedPipe } from './pipe.js';
import { FRAMEWORK_LABELS } from '../domain/index.js';

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: assay <command> [options]',
    '',
    'Assay checks Python web applications for security problems, mapped to CWE and OWASP ASVS.',
    ...wrap(`Frameworks it models: ${Object.values(FRAMEWORK_LABELS).join(', ')}.`, 92),
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help      show this help (or `assay <command> --help`)',
    '  -v, --version   print the version',
  ].join('\n');
}

let pipeGuarded = false;

function defaultIo(): CliIo {
  if (!pipeGuarded) {
    exitQuietlyOnClosedPipe(process.stdout);
    pipeGuarded = true;
  }
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

export async function run(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    if (first === 'help' && rest[0]) return run([rest[0], '--help'], io);
    io.stdout.write(usage() + '\n');
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '-v' || first === '--version') {
    io.stdout.write(`assay ${analyzerVersion()}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === first);
  try {
    if (!command) {
      throw new UsageError(
        first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`,
        `Commands: ${commands.map((c) => c.name).join(', ')}. Run \`assay --help\` for usage.`,
      );
    }
    return await command.run(rest, io);
  } catch (err) {
    return reportError(err, io, command?.name ?? null);
  }
}
