// Steps that run after a scan finishes and its report is written (e.g. recording it in the
// history database). A room adds its step here with one line, without editing the scan command.
import type { ScanResult } from '../../analyzer/types.js';
import type { CliIo } from '../command.js';
import type { ScanCommandOptions } from './scan.js';
import { recordScanStep } from '../record-scan.js';

export interface AfterScanContext {
  result: ScanResult;
  options: ScanCommandOptions;
  io: CliIo;
}

export type AfterScanStep = (ctx: AfterScanContext) => Promise<void>;

export const afterScanSteps: AfterScanStep[] = [recordScanStep];
