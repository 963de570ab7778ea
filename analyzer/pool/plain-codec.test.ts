import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { isDeepStrictEqual } from 'node:util';
import { decodePlain, decodesWithoutRecursion, encodePlain } from './plain-codec.js';
import { analyzeFile } from '../file-analysis.js';
import { allRules } from '../rules/index.js';
import type { Loc, Stmt } from '../taint/ir.js';

/** Every object reached twice in a walk of `root`, as [path of first meeting, path of the second]. */
function sharedPairs(root: unknown): string[] {
  const seen = new Map<object, string>();
  const out: string[] = [];
  const visit = (v: unknown, path: string) => {
    if (v === null || typeof v !== 'object') return;
    const first = seen.get(v);
    if (first !== undefined) return void out.push(`${first} = ${path}`);
    seen.set(v, path);
    for (const [k, c] of Object.entries(v)) visit(c, `${path}.${k}`);
  };
  visit(root, '');
  return out.sort();
}

const SOURCE = `
def view(request):
    x = request.GET['q']
    x += request.POST.get('p')
    if not x:
        raise ValueError(x)
    data[a, b] = {'k': [1, 2.5, None, True, "s\\u00e9\\ud83d\\ude00"]}
    return x
`;

function bodiesOf(source: string): Stmt[][] {
  const facts = analyzeFile('app/views.py', source, allRules, new Set()).facts;
  return (facts?.functions ?? []).map((f) => f.body);
}

describe('plain-data codec', () => {
  it('gives back what v8 would, shared locations still shared, as JSON', () => {
    const bodies = bodiesOf(SOURCE);
    expect(bodies.length).toBeGreaterThan(1);
    let shared = 0;
    for (const body of bodies) {
      const bytes = encodePlain(body);
      expect(decodesWithoutRecursion(bytes)).toBe(true);
      const back = decodePlain(bytes);
      const viaV8 = deserialize(serialize(body)) as Stmt[];
      expect(isDeepStrictEqual(back, viaV8)).toBe(true);
      expect(sharedPairs(back)).toEqual(sharedPairs(viaV8));
      shared += sharedPairs(back).length;
    }
    // The fixture has an augmented assignment and a raise: the lowering shares their locations.
    expect(shared).toBeGreaterThan(0);
  });

  it('re-links an object met several times, in any position', () => {
    const loc: Loc = [1, 2, 3, 4];
    const other: Loc = [5, 6, 7, 8];
    const body = [
      { k: 'raise', loc },
      { k: 'expr', e: { k: 'const', loc: other }, loc },
      { k: 'if', test: { k: 'const', loc: other }, then: [{ k: 'raise', loc }], else: [], loc: other },
    ] as unknown as Stmt[];
    const back = decodePlain(encodePlain(body)) as unknown as Array<{ loc: Loc; e?: { loc: Loc }; test?: { loc: Loc }; then?: Array<{ loc: Loc }> }>;
    expect(back[0]!.loc).toBe(back[1]!.loc);
    expect(back[2]!.then![0]!.loc).toBe(back[0]!.loc);
    expect(back[1]!.e!.loc).toBe(back[2]!.loc);
    expect(back[2]!.test!.loc).toBe(back[2]!.loc);
    expect(back[0]!.loc).not.toBe(back[2]!.loc);
    expect(back).toEqual(body);
  });

  it('falls back to v8 for values JSON would change', () => {
    const cases: unknown[] = [-0, Number.NaN, Infinity, undefined, new Map([[1, 2]]), 10n];
    for (const v of cases) {
      const body = [{ k: 'expr', e: { k: 'const', v, loc: [1, 1, 1, 2] }, loc: [1, 1, 1, 2] }] as unknown as Stmt[];
      const bytes = encodePlain(body);
      expect(decodesWithoutRecursion(bytes)).toBe(false);
      const back = decodePlain(bytes) as unknown as Array<{ e: Record<string, unknown> }>;
      expect(Object.is(back[0]!.e.v, v) || isDeepStrictEqual(back[0]!.e.v, v)).toBe(true);
      expect('v' in back[0]!.e).toBe(true);
    }
    const items: unknown[] = [];
    items[1] = 1;
    const holey = [{ k: 'expr', e: { k: 'seq', items, loc: [1, 1, 1, 2] }, loc: [1, 1, 1, 2] }] as unknown as Stmt[];
    expect(decodesWithoutRecursion(encodePlain(holey))).toBe(false);
  });

  it('keeps a cycle a cycle', () => {
    const a: Record<string, unknown> = { k: 'expr' };
    a.self = a;
    const back = decodePlain(encodePlain([a] as unknown as Stmt[])) as unknown as Array<Record<string, unknown>>;
    expect(back[0]!.self).toBe(back[0]);
  });

  it('decodes deep nesting without recursion and refuses damaged bytes', () => {
    let e: Record<string, unknown> = { k: 'const', loc: [1, 1, 1, 1] };
    for (let i = 0; i < 3000; i++) e = { k: 'wrap', e, loc: [1, 1, 1, 1] };
    const bytes = encodePlain([{ k: 'expr', e, loc: [1, 1, 1, 1] }] as unknown as Stmt[]);
    expect(decodePlain(bytes)).toHaveLength(1);
    expect(() => decodePlain(bytes.subarray(0, bytes.length - 3))).toThrow();
    expect(() => decodePlain(Uint8Array.of(7, 1, 2))).toThrow();
  });
});
