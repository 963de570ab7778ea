// The hand-written "same-site path" check of a redirect target: `x.startswith("/") and not
// x.startswith("//") and "\\" not in x`. A path that starts with one slash stays on the site; `//host`
// is scheme-relative (another host), and browsers read a backslash as a slash (`/\host` is `//host`),
// so all three facts must hold together — no single one of them is a guard.
import type { Expr } from './ir.js';

interface PathFacts {
  /** Prefixes the value is known to start with. */
  starts: Set<string>;
  /** Prefixes the value is known not to start with. */
  notStarts: Set<string>;
  /** No backslash anywhere in the value. */
  noBackslash: boolean;
}

const constStrings = (e: Expr | undefined): string[] | null => {
  if (e?.k === 'const' && typeof e.v === 'string') return [e.v];
  if (e?.k === 'seq' && e.items.every((i) => i.k === 'const' && typeof i.v === 'string')) return e.items.map((i) => (i as { v: string }).v);
  return null;
};

/** The facts one part of a condition states about a local when it evaluates to `truth`. */
function factOf(part: Expr, truth: boolean, facts: Map<string, PathFacts>, depth: number): void {
  if (depth > 6) return;
  const of = (name: string) => {
    let f = facts.get(name);
    if (!f) facts.set(name, (f = { starts: new Set(), notStarts: new Set(), noBackslash: false }));
    return f;
  };
  if (part.k === 'bool' && part.op === 'not' && part.parts[0]) return factOf(part.parts[0], !truth, facts, depth + 1);
  if (part.k === 'call' && !part.q && part.fn.k === 'attr' && part.fn.attr === 'startswith' && part.fn.obj.k === 'name' && part.args.length === 1) {
    const prefixes = constStrings(part.args[0]);
    if (!prefixes) return;
    const f = of(part.fn.obj.id);
    // A tuple argument is true when any prefix matches: only its falsity speaks of each prefix.
    if (truth && prefixes.length === 1) f.starts.add(prefixes[0]!);
    if (!truth) for (const p of prefixes) f.notStarts.add(p);
    return;
  }
  if (part.k === 'bool' && (part.op === 'in' || part.op === 'not in')) {
    const [needle, hay] = part.parts;
    const absent = (part.op === 'not in') === truth;
    if (absent && needle?.k === 'const' && needle.v === '\\' && hay?.k === 'name') of(hay.id).noBackslash = true;
  }
}

/**
 * Names a condition proves to be same-site paths when it is `truth`: the parts of an `and` that
 * held (or of an `or` that all failed) together say "starts with /, not //, no backslash after it".
 */
export function sameSitePaths(test: Extract<Expr, { k: 'either' }>, truth: boolean): string[] {
  const facts = new Map<string, PathFacts>();
  // `a or b or c` is lowered as `(a or b) or c`: the facts are those of every operand of the chain.
  const operands: Expr[] = [];
  const flatten = (e: Expr, depth: number) => {
    if (e.k === 'either' && e.op === test.op && depth < 12) for (const p of e.parts) flatten(p, depth + 1);
    else operands.push(e);
  };
  flatten(test, 0);
  for (const p of operands) factOf(p, truth, facts, 0);
  const out: string[] = [];
  for (const [name, f] of facts) {
    const rooted = f.starts.has('/') && f.notStarts.has('//');
    if (rooted && (f.noBackslash || f.notStarts.has('/\\'))) out.push(name);
  }
  return out;
}
