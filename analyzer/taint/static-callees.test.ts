// The typed callee walk must find what a walk over every key of the plain-data IR finds, in the same
// order (what the facts held before), on real code: the detection fixtures hold every statement and
// expression shape we lower (facts.calls is fileCallees' union of each function's staticCallees).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../analyze-source.js';
import type { FunctionIR } from './ir.js';

const FIXTURES = join(import.meta.dirname, '../../test/detection');

function pythonFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) pythonFiles(join(dir, e.name), out);
    else if (e.name.endsWith('.py')) out.push(join(dir, e.name));
  }
  return out;
}

/** Every object under the bodies, whatever its shape: the reference the typed walk is held to. */
function everyKeyWalk(functions: readonly FunctionIR[]): string[] {
  const out = new Set<string>();
  const stack: unknown[] = functions.map((f) => f.body);
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      for (const x of n) if (x !== null && typeof x === 'object') stack.push(x);
    } else if (n !== null && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (o.k === 'call' && typeof o.q === 'string') out.add(o.q);
      for (const key in o) if (o[key] !== null && typeof o[key] === 'object') stack.push(o[key]);
    }
  }
  return [...out];
}

describe('staticCallees', () => {
  it('matches the every-key walk on every detection fixture', () => {
    const files = pythonFiles(FIXTURES);
    expect(files.length).toBeGreaterThan(500);
    let compared = 0;
    for (const path of files) {
      // No rules: only the lowering is under test.
      const { files: [analysis] } = analyzeSources([{ path: 'app.py', source: readFileSync(path, 'utf8') }], []);
      const facts = analysis?.facts;
      if (!facts) continue;
      expect(facts.calls, path).toEqual(everyKeyWalk(facts.functions));
      compared += facts.calls.length > 0 ? 1 : 0;
    }
    expect(compared).toBeGreaterThan(500);
  }, 120_000);

  it('reads calls inside every statement and expression shape', () => {
    const source = [
      'import m',
      'def f(xs):',
      '    a, *b = m.c1(), m.c2()',
      '    x[m.c3()] = {m.c4(): m.c5()}',
      '    for i in m.c6():',
      '        while m.c7(): break',
      '    else: m.c8()',
      '    with m.c9() as y: return [m.c10(z) for z in m.c11() if m.c12()]',
      '    try: yield m.c13()',
      '    except E: m.c14()',
      '    else: m.c15()',
      '    finally: m.c16(lambda q: m.c17(q), *m.c18(), k=m.c19())',
      '    if m.c20() and not m.c21(): return m.c22() if m.c23() else f"{m.c24()}"',
    ].join('\n');
    const { files: [analysis] } = analyzeSources([{ path: 'app.py', source }]);
    const calls = analysis!.facts!.calls;
    expect(calls).toEqual(everyKeyWalk(analysis!.facts!.functions));
    for (let i = 1; i <= 24; i++) expect(calls, `m.c${i}`).toContain(`m.c${i}`);
  });
});
