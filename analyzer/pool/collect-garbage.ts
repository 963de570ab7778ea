// A full garbage collection between the phases of a scan, and now and then in an analysis worker.
// V8 collects when the heap reaches a limit it derives from the live heap at its last full
// collection; the dataflow pass leaves that limit high, so the report's and the store's allocations
// would otherwise land on top of the scan's uncollected garbage (the program, the decoded facts and
// bodies, the workers' payloads): about 100 MB of peak RSS on a project with 60,000 findings. One
// collection there costs a few hundred milliseconds of a scan that takes minutes. In a worker thread
// it collects that thread's heap: tree-sitter's trees are native memory that only their finalizers
// free (analyzer/pool/worker.ts).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** Collects this thread's heap now when the runtime lets it (a fresh context gets `gc` once the flag is set); else does nothing. */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
