// Placeholder owned by the taint engine (issue 3): per-file facts extracted in the worker, where the
// tree lives, and combined across the project on the main thread. Must be structured-cloneable.
import type { FileContext } from '../file-context.js';

export type FileFacts = null;

export function extractFacts(_ctx: FileContext): FileFacts {
  return null;
}
