// Where the user can act on a flow whose sink sits in a shared helper: the call, in the function
// that read the untrusted value, that starts the chain into the helper. Several handlers passing
// request data to one helper are then several findings, one at each call, each with the trace
// continuing into the helper; fixing the helper alone is one fix the caller findings all name.
import type { StepNode } from './value.js';
import type { Program } from './program.js';

/**
 * The first call step of the trace that is never returned from: the outermost call from the
 * source's function into the chain that holds the sink. Null when the sink is in that function.
 */
export function callerSite(trace: readonly StepNode[]): StepNode | null {
  const open: StepNode[] = [];
  for (const step of trace) {
    if (step.kind === 'call') open.push(step);
    else if (step.kind === 'return') open.pop();
  }
  return open[0] ?? null;
}

/** Id of the innermost function of the file at `path` whose body holds `line`, for fingerprints. */
export function functionAt(program: Program, path: string, line: number): string | null {
  let best: { id: string; span: number } | null = null;
  for (const file of program.modules.values()) {
    if (file.path !== path) continue;
    for (const fn of file.functions) {
      const [start, , end] = fn.loc;
      if (line < start || line > end || fn.id.endsWith('<module>')) continue;
      if (!best || end - start < best.span) best = { id: fn.id, span: end - start };
    }
  }
  return best?.id ?? null;
}
