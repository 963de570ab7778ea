// Messages between the scan (main thread) and its analysis workers. Everything here crosses a
// thread boundary by structured clone: plain data only.
import type { Framework } from '../types.js';
import type { FileAnalysis } from '../file-analysis.js';
import type { TemplateAnalysis } from '../template-analysis.js';
import type { FileKind } from '../discovery/discover.js';

export interface WorkItem {
  path: string;
  kind: FileKind;
  source: string;
}

/** Given to each worker at start: rules are looked up by id in the registry (functions do not clone). */
export interface WorkerInit {
  ruleIds: string[];
  frameworks: Framework[];
  /** tree-sitter gives up on one file's parse after this long (0: never). */
  parseTimeoutMs: number;
  /** Int32[1]: the STOP flag shared with the pool. */
  state: SharedArrayBuffer;
}

/** Index in WorkerInit.state: set by the pool when it abandons a worker; it then starts no new work. */
export const STOP = 0;

export type FileOutcome =
  | { path: string; ok: true; kind: 'python'; analysis: FileAnalysis; millis: number }
  | { path: string; ok: true; kind: 'template'; analysis: TemplateAnalysis; millis: number }
  /** The analysis threw (e.g. the stack overflowed on a pathological file), or the worker died on it. */
  | { path: string; ok: false; error: string };

export type ToWorker = { type: 'batch'; batchId: number; items: WorkItem[] };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'init-failed'; error: string }
  /**
   * One file done. The outcome travels as v8.serialize bytes, decoded by the pool: a result nested
   * too deeply to decode on the main thread's stack then fails that one file, with its path known,
   * instead of vanishing as a 'messageerror'.
   */
  | { type: 'file'; batchId: number; path: string; payload: Uint8Array }
  | { type: 'batch-done'; batchId: number };

export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}
