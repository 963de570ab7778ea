// A value stored as several frames instead of one: serialising a project's result or run records
// whole makes one buffer of tens of megabytes beside the objects it copies. A plain object's array
// fields are serialised in slices, each written and dropped before the next is made; every other
// field (and any value that is not a plain object) is one frame. Read back, the slices are
// concatenated: the value equals the one framed (object identity across slices is not kept).
import { deserialize, serialize } from 'node:v8';

const SLICE = 2000;

/** A framed value; F is where a frame is: a reference into a pack, or the bytes themselves. */
export type FramedValue<F> = { whole: F } | { fields: Array<[name: string, sliced: boolean, parts: F[]]> };

export function frameValue<F>(value: unknown, frame: (bytes: Uint8Array) => F): FramedValue<F> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) {
    return { whole: frame(serialize(value)) };
  }
  const fields: Array<[string, boolean, F[]]> = [];
  for (const [name, v] of Object.entries(value)) {
    if (!Array.isArray(v)) {
      fields.push([name, false, [frame(serialize(v))]]);
      continue;
    }
    const parts: F[] = [];
    for (let at = 0; at < v.length; at += SLICE) parts.push(frame(serialize(v.slice(at, at + SLICE))));
    fields.push([name, true, parts]);
  }
  return { fields };
}

/** The same value with each frame mapped (a reference to its bytes, bytes to a new reference); null when any frame is missing or the shape is not one this code wrote. */
export function mapFrames<A, B>(value: unknown, map: (frame: A) => B | null): FramedValue<B> | null {
  const v = value as Partial<{ whole: A; fields: unknown }> | null;
  if (!v || typeof v !== 'object') return null;
  if ('whole' in v) {
    const whole = map(v.whole as A);
    return whole === null ? null : { whole };
  }
  if (!Array.isArray(v.fields)) return null;
  const fields: Array<[string, boolean, B[]]> = [];
  for (const field of v.fields as unknown[]) {
    if (!Array.isArray(field) || typeof field[0] !== 'string' || typeof field[1] !== 'boolean' || !Array.isArray(field[2])) return null;
    const parts: B[] = [];
    for (const part of field[2] as A[]) {
      const b = map(part);
      if (b === null) return null;
      parts.push(b);
    }
    if (!field[1] && parts.length !== 1) return null;
    fields.push([field[0], field[1], parts]);
  }
  return { fields };
}

/** The value framed; throws when a frame does not deserialise. */
export function readFramedValue(value: FramedValue<Uint8Array>): unknown {
  if ('whole' in value) return deserialize(value.whole);
  return Object.fromEntries(value.fields.map(([name, sliced, parts]) => [name, sliced ? parts.flatMap((p) => deserialize(p) as unknown[]) : deserialize(parts[0]!)]));
}
