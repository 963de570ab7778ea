// Abstract values of the taint interpreter. A value is a small set of labels (where the data may
// come from: a source, or a parameter of the function being summarised) and object kinds (what the
// value is: a request, a DB cursor, a logger …). Each label carries the sink kinds it has been
// cleaned for, flags about its shape, and the trace from its origin to here.
import type { Loc } from './ir.js';
import { ALL_KINDS_MASK } from './kinds.js';
import type { StoredIn } from '../frameworks/model.js';

/** A trace step as the interpreter builds it: a cons list, shared between labels. */
export interface StepNode {
  kind: 'source' | 'step' | 'call' | 'return' | 'sanitizer' | 'sink';
  path: string;
  loc: Loc;
  message: string;
  prev: StepNode | null;
}

export interface SourceInfo {
  id: string;
  text: string;
  path: string;
  loc: Loc;
  low: boolean;
  /** Second-order data: read back from where the application stored it (a hotspot, never a vulnerability). */
  stored?: StoredIn;
}

/** How a trace names the read of stored data: its first step's message ends with this. */
export const READ_BACK = ' is read back here';

export interface Label {
  /** `p<N>` for parameter N of the summarised function, else the source id. */
  origin: string;
  param: number;
  source: SourceInfo | null;
  /** Bit per sink kind this data has been made safe for. */
  clean: number;
  /**
   * Shape flags: FLAG_STRUCT (an attacker-shaped object), FLAG_NORM (a normalised path),
   * FLAG_SERVER (held by an object a service call returned: its fields are the service's).
   */
  flags: number;
  trace: StepNode | null;
  depth: number;
}

export const FLAG_STRUCT = 1;
export const FLAG_NORM = 2;
/**
 * The data only selected what an unresolved service call (a client, API or ORM method) returned:
 * the object as a whole still carries it, but a field read from it (`obj.bytes`, `ref["id"]`) is
 * the service's data, not the argument (see server-data.ts).
 */
export const FLAG_SERVER = 4;
/**
 * On a parameter's label in a summary: the function read a field of the parameter. A caller whose
 * argument is a service's object (FLAG_SERVER) gets the service's data back, not its own.
 */
export const FLAG_FIELD = 8;

export interface Value {
  labels: readonly Label[];
  objs: readonly string[];
}

/**
 * A copy of `l` with new cleanliness, flags, trace and depth. Every label is built with these
 * seven fields in this order (no object spread), so all labels share one shape and the
 * interpreter's reads of them stay monomorphic.
 */
export function relabel(l: Label, clean: number, flags: number, trace: StepNode | null, depth: number): Label {
  return { origin: l.origin, param: l.param, source: l.source, clean, flags, trace, depth };
}

export const CLEAN: Value = Object.freeze({ labels: [], objs: [] }) as Value;

const MAX_LABELS = 12;
const MAX_OBJS = 8;

export function obj(...objs: string[]): Value {
  return { labels: [], objs };
}

export function isTainted(v: Value): boolean {
  return v.labels.length > 0;
}

export function join(...values: Value[]): Value {
  return joinAll(values);
}

/** join over an array: a literal table or a call may have more items than a spread call can pass. */
export function joinAll(values: readonly Value[]): Value {
  // Written as loops over the few labels and objects a value holds: joins run at every branch
  // merge and call, and most of them join a value with itself or with nothing.
  let first: Value | null = null;
  let count = 0;
  let same = true;
  for (const v of values) {
    if (v.labels.length === 0 && v.objs.length === 0) continue;
    count++;
    if (first === null) first = v;
    else if (v !== first) same = false;
  }
  if (first === null) return CLEAN;
  if (count === 1 || (same && isJoined(first))) return first;
  const labels: Label[] = [];
  const objs: string[] = [];
  for (const v of values) {
    for (const l of v.labels) if (labels.length < MAX_LABELS && !hasKey(labels, l)) labels.push(l);
    for (const o of v.objs) if (objs.length < MAX_OBJS && !objs.includes(o)) objs.push(o);
  }
  return { labels, objs };
}

/** A loop, not labels.some(closure): this runs for every label of every join. */
function hasKey(labels: readonly Label[], l: Label): boolean {
  for (let i = 0; i < labels.length; i++) if (sameKey(labels[i]!, l)) return true;
  return false;
}

/** Labels of one origin, cleanliness and flags are one label to a join: the first one is kept. */
function sameKey(a: Label, b: Label): boolean {
  return a.origin === b.origin && a.clean === b.clean && a.flags === b.flags;
}

/** True when joining `v` with itself gives what it holds: no repeated label key or object, none past the caps. */
function isJoined(v: Value): boolean {
  const { labels, objs } = v;
  if (labels.length > MAX_LABELS || objs.length > MAX_OBJS) return false;
  for (let i = 1; i < labels.length; i++) for (let j = 0; j < i; j++) if (sameKey(labels[i]!, labels[j]!)) return false;
  for (let i = 1; i < objs.length; i++) for (let j = 0; j < i; j++) if (objs[i] === objs[j]) return false;
  return true;
}

export function withObjs(v: Value, objs: readonly string[]): Value {
  return { labels: v.labels, objs };
}

export function taintOnly(v: Value): Value {
  return v.objs.length === 0 ? v : { labels: v.labels, objs: [] };
}

/** Adds a trace step to every label (a hop: assignment, call, return). */
export function step(v: Value, kind: StepNode['kind'], path: string, loc: Loc, message: string): Value {
  if (v.labels.length === 0) return v;
  return {
    labels: v.labels.map((l) => relabel(l, l.clean, l.flags, { kind, path, loc, message, prev: l.trace }, l.depth + 1)),
    objs: v.objs,
  };
}

/** Marks the labels clean for the given kinds; labels clean for every kind disappear. */
export function sanitize(v: Value, mask: number, clearFlags = 0, setFlags = 0): Value {
  if (v.labels.length === 0) return v;
  const labels: Label[] = [];
  for (const l of v.labels) {
    const clean = l.clean | mask;
    if ((clean & ALL_KINDS_MASK) === ALL_KINDS_MASK) continue;
    labels.push(relabel(l, clean, (l.flags & ~clearFlags) | setFlags, l.trace, l.depth));
  }
  return { labels, objs: v.objs };
}

export function setFlags(v: Value, flags: number): Value {
  if (v.labels.length === 0) return v;
  return { labels: v.labels.map((l) => relabel(l, l.clean, l.flags | flags, l.trace, l.depth)), objs: v.objs };
}

export function hasObj(v: Value, prefix: string): boolean {
  return v.objs.some((o) => o === prefix || o.startsWith(prefix + ':'));
}

export function objWith(v: Value, prefix: string): string | undefined {
  return v.objs.find((o) => o.startsWith(prefix + ':'));
}

export function traceToArray(t: StepNode | null): StepNode[] {
  const out: StepNode[] = [];
  for (let c = t; c; c = c.prev) out.push(c);
  return out.reverse();
}

/** At most this many callables are kept for one dispatch table: each call site applies them all. */
const MAX_CALLABLES = 8;

/** The project functions and classes among values (`fn:` / `cls:` objects), as a container holds them. */
export function callablesOf(values: readonly Value[]): string[] {
  const out: string[] = [];
  for (const v of values)
    for (const o of v.objs) {
      if ((o.startsWith('fn:') || o.startsWith('cls:')) && !out.includes(o)) out.push(o);
      if (out.length >= MAX_CALLABLES) return out;
    }
  return out;
}
