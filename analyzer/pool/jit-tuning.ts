// The scan's code is wide rather than deep: some 150 rules, the framework readers, the lowering and
// the interpreter each run a moderate number of times per file, and every analysis thread compiles
// them again in its own isolate. With TurboFan's inlining on, V8 spends a large part of a scan's
// CPU compiling on its background threads, and the optimised code is hardly faster for it. On
// Debian's Django tree, under the same load: in-process 16.3–17.1 s CPU with inlining, 13.8–15.1 s
// without; two workers 25.5–25.7 s → 19.5 s. V8 flags belong to the process, so setting this once
// reaches the worker threads too; it changes no result.
import { setFlagsFromString } from 'node:v8';

let tuned = false;

/** Idempotent; a runtime that refuses the flag keeps its defaults. */
export function tuneJitForAnalysis(): void {
  if (tuned) return;
  tuned = true;
  try {
    setFlagsFromString('--no-turbo-inlining');
  } catch {
    // Flags are advisory here: the scan is correct either way.
  }
}
