// Messages between the scan service and its worker thread.
import type { ScanProgress, ScanResult } from '../../analyzer/types.js';

export interface ScanWorkerData {
  root: string;
  disabledRules: string[];
  /** The analysis cache folder the CLI shares (beside the history database); absent: no cache. */
  cacheDir?: string;
  /** The database whose imported advisories the scan matches dependencies against (read-only in the worker). */
  databasePath?: string;
  /** Extra OSV records to match (the bundled demo's fictional advisory, for the demo project only). */
  extraAdvisoryDir?: string | null;
}

export type ToScanWorker = { type: 'cancel' };

export type FromScanWorker =
  | { type: 'progress'; progress: ScanProgress }
  | { type: 'result'; result: ScanResult }
  | { type: 'error'; name: string; message: string };
