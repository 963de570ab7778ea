// Errors the command line turns into one clear message and exit code 2, never a stack trace.
import { ConfigError } from '../analyzer/config.js';
import { ScanInputError } from '../analyzer/scan.js';
import { OutputError } from '../report/write-output.js';
import { BrowserNotFoundError } from '../report/chromium/find-chromium.js';
import type { CliIo } from './command.js';
import { EXIT } from './command.js';
import { safeText } from './terminal-text.js';

/** Wrong arguments: the message names the problem and the fix. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint: string | null = null,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Input the user can fix (an output file that cannot be written, a database that cannot open …). */
export class InputError extends Error {
  override name = 'InputError';
}

/** Print an error the way a person can act on it; returns the exit code. */
export function reportError(err: unknown, io: CliIo, command: string | null): number {
  const write = (text: string) => io.stderr.write(`assay: ${safeText(text)}\n`);
  if (err instanceof UsageError) {
    write(err.message);
    io.stderr.write(`${err.hint ?? `Run \`assay ${command ? command + ' ' : ''}--help\` for usage.`}\n`);
    return EXIT.usage;
  }
  if (err instanceof ScanInputError || err instanceof ConfigError || err instanceof InputError || err instanceof OutputError || err instanceof BrowserNotFoundError) {
    write(err.message);
    return EXIT.usage;
  }
  const message = err instanceof Error ? err.message : String(err);
  write(`internal error: ${message}`);
  if (io.env.ASSAY_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
  else io.stderr.write('This is a bug in Assay. Set ASSAY_DEBUG=1 to print the stack trace, and report it.\n');
  return EXIT.internal;
}
