// Plain data (an outcome, a function body) as bytes between the worker that built it and the main
// thread that reads it. The dataflow pass decodes a function body on every interpreter run of the
// function (Django: ~41,000 reads of ~9,000 bodies), and JSON.parse reads this data about twice as
// fast as v8.deserialize (and, unlike it, needs no stack for nesting). JSON is used only where it
// gives back exactly what v8.deserialize would:
//   - values are plain objects, dense arrays, strings, booleans, null and finite numbers other
//     than -0 (anything else — undefined, NaN, -0, a Map, a typed array — and the value goes as
//     v8 bytes);
//   - an object reached twice stays one object: the interpreter compares locations by identity
//     (`source.loc === inner`), and the lowering shares a Loc between nodes (a raise and its
//     expression statement, an augmented assignment and its operation). Each second occurrence is
//     recorded by its rank in a fixed walk order and re-linked after parsing.
import { deserialize, serialize } from 'node:v8';

const TAG_V8 = 0;
const TAG_JSON = 1;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodePlain(value: object): Uint8Array {
  const links = sharedLinks(value);
  if (links) {
    let text: string | null = null;
    try {
      text = JSON.stringify([links, value]);
    } catch {
      // A structure too deep for JSON.stringify's recursion: v8 may still manage.
    }
    if (text !== null) return tagged(TAG_JSON, encoder.encode(text));
  }
  return tagged(TAG_V8, serialize(value));
}

/** Throws on a damaged payload (like v8.deserialize). */
export function decodePlain(bytes: Uint8Array): unknown {
  const tag = bytes[0];
  const rest = bytes.subarray(1);
  if (tag === TAG_V8) return deserialize(rest) as unknown;
  if (tag !== TAG_JSON) throw new Error('plain data: unknown encoding');
  const wire = JSON.parse(decoder.decode(rest)) as unknown;
  if (!Array.isArray(wire) || wire.length !== 2 || !Array.isArray(wire[0]) || wire[1] === null || typeof wire[1] !== 'object') throw new Error('plain data: damaged');
  const [links, value] = wire as [number[], object];
  if (links.length > 0) relink(value, links);
  return value;
}

/** Whether decoding needs no stack for depth: JSON parses iteratively. */
export function decodesWithoutRecursion(bytes: Uint8Array): boolean {
  return bytes[0] === TAG_JSON;
}

function tagged(tag: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(payload.length + 1);
  out[0] = tag;
  out.set(payload, 1);
  return out;
}

/**
 * The walk both sides share: depth-first from the root, an object's children (object-valued
 * elements or properties, in for-in order) pushed in order and popped last first; each object
 * met is given the next rank, and a second meeting is not descended into.
 *
 * Returns [rank of a repeat, rank of its first meeting, …], or null when JSON would not give the
 * values back exactly.
 */
function sharedLinks(root: object): number[] | null {
  const firstRank = new Map<object, number>();
  const links: number[] = [];
  const stack: object[] = [root];
  let rank = 0;
  while (stack.length > 0) {
    const n = stack.pop()!;
    const r = rank++;
    const first = firstRank.get(n);
    if (first !== undefined) {
      links.push(r, first);
      continue;
    }
    firstRank.set(n, r);
    if (Array.isArray(n)) {
      for (let i = 0; i < n.length; i++) {
        if (!(i in n) || !exactValue(n[i], stack)) return null;
      }
    } else {
      if (Object.getPrototypeOf(n) !== Object.prototype) return null;
      const o = n as Record<string, unknown>;
      for (const key in o) if (!exactValue(o[key], stack)) return null;
    }
  }
  return links;
}

/** A value JSON round-trips exactly; objects are pushed for the walk. */
function exactValue(v: unknown, stack: object[]): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0);
    case 'object':
      if (v !== null) stack.push(v);
      return true;
    default:
      return false;
  }
}

/** The same walk over the parsed copy: each recorded repeat becomes its first meeting's object again. */
function relink(root: object, links: readonly number[]): void {
  const wanted = new Set<number>();
  for (let i = 1; i < links.length; i += 2) wanted.add(links[i]!);
  const byRank = new Map<number, object>();
  const holders: Array<Record<string, unknown> | unknown[] | null> = [null];
  const keys: Array<string | number> = [0];
  const values: object[] = [root];
  let rank = 0;
  let next = 0;
  while (values.length > 0 && next < links.length) {
    const n = values.pop()!;
    const holder = holders.pop()!;
    const key = keys.pop()!;
    const r = rank++;
    if (r === links[next]) {
      const target = byRank.get(links[next + 1]!);
      if (!target || !holder) throw new Error('plain data: a shared value points nowhere');
      (holder as Record<string | number, unknown>)[key] = target;
      next += 2;
      continue;
    }
    if (wanted.has(r)) byRank.set(r, n);
    if (Array.isArray(n)) {
      for (let i = 0; i < n.length; i++) {
        const v: unknown = n[i];
        if (v !== null && typeof v === 'object') {
          holders.push(n);
          keys.push(i);
          values.push(v);
        }
      }
    } else {
      const o = n as Record<string, unknown>;
      for (const k in o) {
        const v = o[k];
        if (v !== null && typeof v === 'object') {
          holders.push(o);
          keys.push(k);
          values.push(v);
        }
      }
    }
  }
  if (next < links.length) throw new Error('plain data: shared values missing');
}
