// The subcommand registry: one line per command.
import type { CommandDefinition } from '../command.js';
import { scanCommand } from './scan.js';
import { asvsCommand } from './asvs.js';
import { historyCommand } from './history.js';
import { diffCommand } from './diff.js';
import { findingsCommand } from './findings.js';
import { triageCommand } from './triage.js';
import { attestCommand } from './attest.js';
import { importCommand } from './import.js';
import { reportCommand } from './report.js';
import { verifyCommand } from './verify.js';
import { endpointsCommand } from './endpoints.js';
import { advisoriesCommand } from './advisories.js';
import { sbomCommand } from './sbom.js';

export const commands: readonly CommandDefinition[] = [
  scanCommand,
  asvsCommand,
  historyCommand,
  diffCommand,
  findingsCommand,
  endpointsCommand,
  triageCommand,
  attestCommand,
  importCommand,
  reportCommand,
  verifyCommand,
  advisoriesCommand,
  sbomCommand,
];
