// The subcommand registry: one line per command.
import type { CommandDefinition } from '../command.js';
import { scanCommand } from './scan.js';
import { asvsCommand } from './asvs.js';

export const commands: readonly CommandDefinition[] = [
  scanCommand,
  asvsCommand,
];
