// The project result and the run records go to the pack in slices: read back through the pack's
// frames they must equal what was framed, and a frame missing or a shape this code never wrote is refused.
import { describe, expect, it } from 'vitest';
import { frameValue, mapFrames, readFramedValue, type FramedValue } from './framed-value.js';

/** Frames into memory: a reference is the frame's position in `frames`. */
function store() {
  const frames: Uint8Array[] = [];
  return { frames, frame: (b: Uint8Array) => frames.push(b) - 1 };
}

const back = (v: FramedValue<number>, frames: Uint8Array[]) => readFramedValue(mapFrames(v, (i: number) => frames[i] ?? null)!);

describe('framed value', () => {
  it('a plain object with long arrays reads back equal, its arrays in several frames', () => {
    const value = {
      findings: Array.from({ length: 4501 }, (_, i) => ({ id: i, path: `shop/views_${i % 7}.py`, trace: [{ line: i }] })),
      empty: [],
      stats: { handlers: { flask: 3 } },
      keys: Uint32Array.from([1, 2, 3]),
      note: undefined,
      name: 'x',
    };
    const { frames, frame } = store();
    const framed = frameValue(value, frame);
    expect(frames.length).toBeGreaterThan(6);
    expect(back(framed, frames)).toEqual(value);
  });

  it('values that are not plain objects are one frame', () => {
    for (const value of [null, 7, 'text', [1, 2, 3], new Map([['a', 1]])]) {
      const { frames, frame } = store();
      const framed = frameValue(value, frame);
      expect(frames).toHaveLength(1);
      expect(back(framed, frames)).toEqual(value);
    }
  });

  it('a missing frame or a foreign shape is refused', () => {
    const { frames, frame } = store();
    const framed = frameValue({ a: Array.from({ length: 5000 }, (_, i) => i) }, frame);
    expect(mapFrames(framed, (i: number) => (i === 1 ? null : frames[i]!))).toBeNull();
    for (const foreign of [null, 3, [0, 10], { fields: 'x' }, { fields: [['a', false, [0, 1]]] }, { fields: [[1, true, [0]]] }]) {
      expect(mapFrames(foreign, (i: number) => frames[i] ?? null)).toBeNull();
    }
  });
});
