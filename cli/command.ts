// What a subcommand is: a name, its help, and a run function that returns the exit code.
// Commands write through `io`, never to process.stdout directly, so tests and the bin share one path.
import type { Writable } from 'node:stream';

export interface CliIo {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface CommandDefinition {
  name: string;
  /** One line for `assay --help`. */
  summary: string;
  /** Full text for `assay <name> --help`. */
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** --fail-on threshold reached. */
  findings: 1,
  /** Bad usage or input: the message says what to do. */
  usage: 2,
  /** A bug in Assay: reported without a stack unless ASSAY_DEBUG=1. */
  internal: 3,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;
