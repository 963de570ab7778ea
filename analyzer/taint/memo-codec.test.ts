// The records' encoding over chunk boundaries: records larger than a chunk, records that start a
// new chunk, and replayed records copied from one set of records into the next.
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { decodeMemo, encodeMemo, MemoRecords, type RunRest } from './memo-codec.js';

const rest = (n: number, size: number): RunRest => ({
  limit: 1000,
  steps: n,
  exceeded: n % 3 === 0,
  unsettled: false,
  summary: null,
  findings: new Map([[`f${n}`, { pad: 'x'.repeat(size) } as never]]),
  wake: [`w${n}`],
  changedClasses: [],
  callers: [],
  judged: [[`j${n}`, true]],
  globals: [],
  lambdas: [],
  closures: [],
  classAttrs: [],
  bases: [],
});

function build(): MemoRecords {
  const memo = new MemoRecords('structure');
  // 30 KB records fill a 64 KB chunk two at a time (chunks: records 0-2, 3-4, 5, 6-8); the 150 KB one gets a chunk of its own.
  const sizes = [10, 30_000, 30_000, 30_000, 30_000, 150_000, 20, 30_000, 5];
  sizes.forEach((size, n) => memo.add(`fn${n % 4}#${n}`, `fn${n % 4}`, `file${n % 2}`, [`s${n}`, 't', 'gX', ''], [[`s${n}`, `tag${n}`]], rest(n, size)));
  return memo;
}

describe('MemoRecords', () => {
  it('reads back every record after encoding, across chunks', () => {
    const memo = build();
    const enc = encodeMemo(memo);
    expect(enc.lengths.length).toBe(4);
    expect(enc.lengths[2]).toBeGreaterThan(150_000);
    const back = decodeMemo(deserialize(serialize(enc)))!;
    expect([...back.keys()]).toEqual([...memo.keys()]);
    for (const k of memo.keys()) {
      const n = Number(k.slice(k.indexOf('#') + 1));
      expect(back.get(k)).toEqual({ fnId: `fn${n % 4}`, file: `file${n % 2}`, ...rest(n, (memo.get(k)!.findings.get(`f${n}`) as unknown as { pad: string }).pad.length), reads: [`s${n}`, 't', 'gX', ''], tags: { [`s${n}`]: `tag${n}` } });
      expect(back.get(k)).toEqual(memo.get(k));
    }
  });

  it('copies records from one set into another unchanged', () => {
    const memo = decodeMemo(deserialize(serialize(encodeMemo(build()))))!;
    const next = new MemoRecords('structure');
    const order = [...memo.keys()].reverse();
    for (const k of order) next.copy(k, memo, memo.find(k));
    const back = decodeMemo(deserialize(serialize(encodeMemo(next))))!;
    expect([...back.keys()]).toEqual(order);
    for (const k of order) expect(back.get(k)).toEqual(memo.get(k));
    const at = back.find('fn1#5');
    expect(back.readsHold(at, (slot) => (slot === 's5' ? 't' : ''))).toBe(true);
    expect(back.readsHold(at, () => '')).toBe(false);
  });

  it('refuses chunks that do not match the records, and a chunk that does not inflate gives no record', () => {
    const enc = encodeMemo(build());
    expect(decodeMemo({ ...enc, bytes: enc.bytes.slice(1) })).toBeNull();
    expect(decodeMemo({ ...enc, bytes: [...enc.bytes, new Uint8Array(3)], lengths: new Uint32Array([...enc.lengths, 3]) })).toBeNull();
    expect(decodeMemo({ ...enc, lengths: enc.lengths.map((n, i) => (i === 0 ? n - 1 : n)) })).toBeNull();
    expect(decodeMemo({ ...enc, lengths: enc.lengths.map((n, i) => (i === 0 ? n + 1 : n)) })).toBeNull();
    expect(decodeMemo({ ...enc, keys: enc.keys.slice(1) })).toBeNull();
    const damaged = decodeMemo({ ...enc, bytes: enc.bytes.map((b, i) => (i === 0 ? new Uint8Array(b.length).fill(7) : b)) })!;
    expect(damaged.get('fn0#0')).toBeUndefined();
    expect(damaged.get('fn1#5')).toEqual(build().get('fn1#5'));
    const truncated = decodeMemo({ ...enc, bytes: enc.bytes.map((b, i) => (i === 1 ? b.slice(0, b.length >> 1) : b)) })!;
    expect(truncated.get('fn3#3')).toBeUndefined();
  });
});
