import { describe, expect, it } from 'vitest';
import { chunked, streamJson } from './json-stream.js';

function streamed(value: unknown, chunkChars?: number): string {
  const parts: string[] = [];
  const out = chunked((t) => parts.push(t), chunkChars);
  streamJson(value, out.write);
  out.flush();
  return parts.join('');
}

/** A deterministic pseudo-random JSON-ish value, deep enough to pass the walked levels. */
function randomValue(seed: number, depth: number): unknown {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const build = (d: number): unknown => {
    const r = next();
    if (d > 7 || r < 0.25) {
      const leaves = [null, 0, -0, 1.5, NaN, Infinity, true, false, '', 'a\nb "q" \\ \u2028 \u0001 é 😀', undefined, () => 1, new Date(0)];
      return leaves[Math.floor(next() * leaves.length)];
    }
    const n = Math.floor(next() * 5);
    if (r < 0.6) return Array.from({ length: n }, () => build(d + 1));
    const o: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) o[i % 2 ? `k${i}` : `${i}"\n`] = build(d + 1);
    return o;
  };
  return build(depth);
}

describe('streamJson', () => {
  it('gives exactly the bytes of JSON.stringify(value, null, 2) for edge values', () => {
    const cases: unknown[] = [
      {}, [], [[]], { a: {} }, { a: [] }, 'text', 5, null, true,
      { skipped: undefined, fn: () => 1, kept: 1 },
      [undefined, () => 1, Symbol('s')],
      { date: new Date(Date.UTC(2026, 0, 2)), nested: { toJSON: () => ({ replaced: [1, 2] }) } },
      { deep: { a: { b: { c: { d: { e: ['f', { g: 'h\nline' }] } } } } } },
      { only: undefined },
      { findings: Array.from({ length: 50 }, (_, i) => ({ id: i, message: `m${i}`, trace: [{ step: i, text: '<a>&' }], suppression: i % 3 ? null : undefined })) },
    ];
    for (const v of cases) expect(streamed(v)).toBe(JSON.stringify(v, null, 2));
  });

  it('matches JSON.stringify on 300 random documents, whatever the chunk size', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const v = { root: randomValue(seed, 0), list: [randomValue(seed + 1000, 1)] };
      expect(streamed(v, 1 + (seed % 50))).toBe(JSON.stringify(v, null, 2));
    }
  });

  it('refuses a value that has no JSON form, like JSON.stringify returning undefined', () => {
    expect(() => streamJson(undefined, () => {})).toThrow(TypeError);
  });

  it('hands out many small pieces, never the whole document at once', () => {
    const doc = { findings: Array.from({ length: 5000 }, (_, i) => ({ id: i, message: 'x'.repeat(100) })) };
    const sizes: number[] = [];
    const out = chunked((t) => sizes.push(t.length), 64 * 1024);
    streamJson(doc, out.write);
    out.flush();
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.max(...sizes)).toBeLessThan(70 * 1024);
  });
});
