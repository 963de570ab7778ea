// How the V8 heap of an `assay scan` process grows. A scan builds large, short-lived structures
// (decoded per-file facts, the dataflow pass's values, the report's text): by default V8 lets the
// old generation grow up to several times what survived the last full collection before it
// collects again, so garbage from one phase is still mapped when the next phase allocates, and the
// peak RSS is mostly garbage (60,000 findings: ~400 MB heap of which ~230 MB live). A smaller
// growing factor collects sooner: more full collections, each over a heap that is mostly live.
import { setFlagsFromString } from 'node:v8';

/** Old-generation growth after a full collection, percent (V8 picks 10–300 % dynamically). */
export const SCAN_HEAP_GROWING_PERCENT = 25;

let tuned = false;

/** Once per process, before the scan allocates; workers started later share the setting. */
export function tuneHeapForScan(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString(`--heap-growing-percent=${SCAN_HEAP_GROWING_PERCENT}`);
}
