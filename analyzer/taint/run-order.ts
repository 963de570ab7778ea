// The order the dataflow pass first runs functions in. A caller that runs before its callee sees an
// empty summary and must run again once the callee has one: on the standard library that was half
// of all second runs. Ordering each function after the project functions it calls statically (a
// post-order walk of the call graph; a cycle is cut where the walk meets it again) lets most
// callers run once. Calls resolved only while running (callables passed around) and methods
// inherited from a base still wake their callers as before; the order changes how often functions
// run, not what a run may conclude.
import type { Program } from './program.js';

/** `roots` reordered so that each comes after the functions it calls, else in the given order. */
export function calleesFirst(program: Program, roots: readonly string[]): string[] {
  const out: string[] = [];
  /** Entered by the walk: on its path now, or placed already. */
  const seen = new Set<string>();
  const wanted = new Set(roots);
  const stack: Array<{ id: string; callees: string[]; next: number }> = [];
  const enter = (id: string) => {
    seen.add(id);
    const entry = program.functions.get(id)!;
    const module = entry.file.module;
    const cls = entry.fn.cls ? program.classes.get(entry.fn.cls)?.cls : undefined;
    const callees: string[] = [];
    for (const q of entry.fn.callees ?? []) {
      // `.name`: a method called on the first parameter, looked up in the class itself only (its bases
      // are resolved, and cached, by the runs).
      const c = q.startsWith('.') ? cls?.methods[q.slice(1)] : program.canonical(q, module);
      if (c !== undefined && wanted.has(c)) callees.push(c);
    }
    stack.push({ id, callees, next: 0 });
  };
  for (const root of roots) {
    if (seen.has(root)) continue;
    enter(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.callees.length) {
        const c = top.callees[top.next++]!;
        if (!seen.has(c)) enter(c);
        continue;
      }
      stack.pop();
      out.push(top.id);
    }
  }
  return out;
}
