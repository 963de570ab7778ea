// Messages between the scan service and its worker thread.
import type { ScanProgress, ScanResult } from '../../analyzer/types.js';

export interface ScanWorkerData {
  root: string;
  disabledRules: string[];
  /** The analysis cache folder the CLI shares (beside the history database); absent: no cache. */
  cacheDir?: string;
}

export type ToScanWorker = { type: 'cancel' };

export type FromScanWorker =
  | { type: 'progress'; progress: ScanProgress }
  | { type: 'result'; result: ScanResult }
  | { type: 'error'; name: string; message: string };
