// The run records, held encoded from the moment each run ends. A record's reads, tags, function id
// and file key are strings repeated across thousands of records (a slot is read by every caller, a
// file key is shared by every function of the file), and the rest of a record — summaries, values,
// findings — is a web of small objects that only the next scan looks at. Kept as live objects they
// were most of the memory a large project's pass added (its summaries are dropped from the program
// once the worklist ends, so the records held every one of them). Here each distinct string is kept
// once and the string fields become indices into that table, in typed arrays, and the rest of each
// record is v8-serialised into 64 KB chunks, deflated as each fills; the cache stores that encoding
// as it is.
import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RunRecord } from './run-memo.js';

const VERSION = 2;
/** Bytes of a chunk of serialised records (before it is deflated), and inflated chunks kept. */
const CHUNK = 1 << 16;
const RECENT = 4;

/** A record without the fields kept as string indices. */
export type RunRest = Omit<RunRecord, 'fnId' | 'file' | 'reads' | 'tags'>;

export interface EncodedMemo {
  v: typeof VERSION;
  structure: string;
  strings: string[];
  keys: Uint32Array;
  /** Per record: fnId, file, byte length of its rest, reads count, tags count, then the reads and the [slot, tag] pairs. */
  refs: Uint32Array;
  /**
   * Every record's rest, serialised one after the other in chunks, deflated; a record that does not
   * fit in what is left of a chunk starts the next one.
   */
  bytes: Uint8Array[];
  /** The bytes in each chunk, inflated. */
  lengths: Uint32Array;
}

export class MemoRecords {
  private readonly strings: string[];
  private index: Map<string, number> | null = null;
  private readonly keyIds: Uint32Builder;
  private readonly refs: Uint32Builder;
  private readonly bytes: ByteChunks;
  /** Record number by key, and where each record starts in refs and in bytes (chunk, offset). */
  private readonly byKey = new Map<string, number>();
  private readonly refAt: Uint32Builder;
  private readonly chunkAt: Uint32Builder;
  private readonly byteAt: Uint32Builder;

  constructor(
    readonly structure: string,
    from?: EncodedMemo,
  ) {
    this.strings = from ? from.strings : [];
    this.keyIds = new Uint32Builder(from?.keys);
    this.refs = new Uint32Builder(from?.refs);
    this.bytes = new ByteChunks(from ? { chunks: from.bytes, lengths: from.lengths } : undefined);
    this.refAt = new Uint32Builder();
    this.chunkAt = new Uint32Builder();
    this.byteAt = new Uint32Builder();
  }

  get size(): number {
    return this.refAt.length;
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  /** The record number of `key`, or -1. */
  find(key: string): number {
    return this.byKey.get(key) ?? -1;
  }

  fnId(i: number): string {
    return this.strings[this.refs.at(this.refAt.at(i))]!;
  }

  file(i: number): string {
    return this.strings[this.refs.at(this.refAt.at(i) + 1)]!;
  }

  /** True when every slot record `i` read still has the tag it had then ('' for an absent slot). */
  readsHold(i: number, tagOf: (slot: string) => string): boolean {
    const refs = this.refs;
    const s = this.strings;
    const p = this.refAt.at(i);
    const end = p + 5 + refs.at(p + 3);
    for (let q = p + 5; q < end; q += 2) if (tagOf(s[refs.at(q)]!) !== s[refs.at(q + 1)]) return false;
    return true;
  }

  /** The [slot, tag] pairs of what record `i` wrote. */
  tags(i: number): Array<[string, string]> {
    const refs = this.refs;
    const p = this.refAt.at(i);
    const start = p + 5 + refs.at(p + 3);
    const out: Array<[string, string]> = [];
    for (let q = start, end = start + 2 * refs.at(p + 4); q < end; q += 2) out.push([this.strings[refs.at(q)]!, this.strings[refs.at(q + 1)]!]);
    return out;
  }

  /** Record `i`'s other fields, as new objects; null when its bytes cannot be read back. */
  rest(i: number): RunRest | null {
    try {
      return deserialize(this.view(i)) as RunRest;
    } catch {
      return null;
    }
  }

  /** Record `key`, whole (for tests and inspection; the pass reads records piecewise). */
  get(key: string): RunRecord | undefined {
    const i = this.find(key);
    const rest = i < 0 ? null : this.rest(i);
    if (!rest) return undefined;
    const refs = this.refs;
    const p = this.refAt.at(i);
    const reads: string[] = [];
    for (let q = p + 5, end = q + refs.at(p + 3); q < end; q++) reads.push(this.strings[refs.at(q)]!);
    return { fnId: this.fnId(i), file: this.file(i), ...rest, reads, tags: Object.fromEntries(this.tags(i)) };
  }

  /** Appends a record; `reads` is flattened [slot, tag, …]. */
  add(key: string, fnId: string, file: string, reads: readonly string[], tags: ReadonlyArray<readonly [string, string]>, rest: RunRest): void {
    const body = serialize(rest);
    this.begin(key, fnId, file, body, reads.length, tags.length);
    for (const r of reads) this.refs.push(this.id(r));
    for (const [slot, tag] of tags) {
      this.refs.push(this.id(slot));
      this.refs.push(this.id(tag));
    }
  }

  /** Appends record `i` of `from` as it is: a replayed run's record is not decoded to be kept. */
  copy(key: string, from: MemoRecords, i: number): void {
    const src = from.refs;
    const p = from.refAt.at(i);
    const n = src.at(p + 3) + 2 * src.at(p + 4);
    this.begin(key, from.strings[src.at(p)]!, from.strings[src.at(p + 1)]!, from.view(i), src.at(p + 3), src.at(p + 4));
    for (let q = p + 5, end = q + n; q < end; q++) this.refs.push(this.id(from.strings[src.at(q)]!));
  }

  /** Drops every record (their memory with them). */
  clear(): void {
    this.strings.length = 0;
    this.index = null;
    this.byKey.clear();
    for (const b of [this.keyIds, this.refs, this.refAt, this.chunkAt, this.byteAt]) b.clear();
    this.bytes.clear();
  }

  encode(): EncodedMemo {
    const { chunks, lengths } = this.bytes.done();
    return { v: VERSION, structure: this.structure, strings: this.strings.slice(), keys: this.keyIds.done(), refs: this.refs.done(), bytes: chunks, lengths };
  }

  private view(i: number): Uint8Array {
    const start = this.byteAt.at(i);
    return this.bytes.view(this.chunkAt.at(i), start, start + this.refs.at(this.refAt.at(i) + 2));
  }

  private begin(key: string, fnId: string, file: string, body: Uint8Array, nReads: number, nTags: number): void {
    this.byKey.set(key, this.size);
    this.keyIds.push(this.id(key));
    this.refAt.push(this.refs.length);
    this.chunkAt.push(this.bytes.append(body));
    this.byteAt.push(this.bytes.offset - body.length);
    this.refs.push(this.id(fnId));
    this.refs.push(this.id(file));
    this.refs.push(body.length);
    this.refs.push(nReads);
    this.refs.push(nTags);
  }

  private id(s: string): number {
    if (!this.index) this.index = new Map(this.strings.map((x, i) => [x, i]));
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  /** Indexes the records of `this` (built from an encoding); false when the encoding does not hold together. */
  private indexRecords(): boolean {
    const refs = this.refs;
    const nStrings = this.strings.length;
    let p = 0;
    // Where the next record's bytes go, placed as ByteChunks.append placed them.
    let c = 0;
    let b = 0;
    for (let k = 0; k < this.keyIds.length; k++) {
      if (p + 5 > refs.length || refs.at(p) >= nStrings || refs.at(p + 1) >= nStrings) return false;
      const n = refs.at(p + 3) + 2 * refs.at(p + 4);
      if (p + 5 + n > refs.length) return false;
      for (let q = p + 5; q < p + 5 + n; q++) if (refs.at(q) >= nStrings) return false;
      const key = this.keyIds.at(k);
      if (key >= nStrings) return false;
      const length = refs.at(p + 2);
      if (c < this.bytes.count && b + length > this.bytes.size(c)) {
        // A chunk holds its records exactly.
        if (b !== this.bytes.size(c)) return false;
        c++;
        b = 0;
      }
      if (c >= this.bytes.count || b + length > this.bytes.size(c)) return false;
      this.byKey.set(this.strings[key]!, k);
      this.refAt.push(p);
      this.chunkAt.push(c);
      this.byteAt.push(b);
      b += length;
      p += 5 + n;
    }
    const chunks = this.bytes.count;
    return p === refs.length && (chunks === 0 ? this.keyIds.length === 0 : c === chunks - 1 && b === this.bytes.size(c));
  }

  /** The records of an encoding, or null when `data` is not one this code wrote (the caller then runs cold). */
  static decode(data: unknown): MemoRecords | null {
    const d = data as Partial<EncodedMemo> | null;
    if (!d || d.v !== VERSION || typeof d.structure !== 'string' || !Array.isArray(d.strings) || !(d.keys instanceof Uint32Array) || !(d.refs instanceof Uint32Array) || !Array.isArray(d.bytes)) return null;
    if (!(d.lengths instanceof Uint32Array) || d.lengths.length !== d.bytes.length || !d.bytes.every((b) => b instanceof Uint8Array)) return null;
    if (!d.strings.every((s) => typeof s === 'string')) return null;
    const memo = new MemoRecords(d.structure, d as EncodedMemo);
    return memo.indexRecords() ? memo : null;
  }
}

export function encodeMemo(memo: MemoRecords): EncodedMemo {
  return memo.encode();
}

export function decodeMemo(data: unknown): MemoRecords | null {
  return MemoRecords.decode(data);
}

/** A growable Uint32Array: a plain array of millions of indices costs twice as much, plus its growth. */
class Uint32Builder {
  private buf: Uint32Array;
  length: number;

  constructor(from?: Uint32Array) {
    this.buf = from ?? new Uint32Array(1024);
    this.length = from ? from.length : 0;
  }

  at(i: number): number {
    return this.buf[i]!;
  }

  push(n: number): void {
    if (this.length === this.buf.length) {
      const grown = new Uint32Array(Math.max(1024, this.buf.length * 2));
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.length++] = n;
  }

  clear(): void {
    this.buf = new Uint32Array(0);
    this.length = 0;
  }

  /** The values pushed, in an array of exactly their length. */
  done(): Uint32Array {
    return this.buf.slice(0, this.length);
  }
}

/**
 * Bytes in chunks, each deflated once it is full: serialised records are mostly the same names and
 * trace texts again and again, and compress about tenfold in chunks of this size, for well under a
 * second of a large scan's minute. A record never straddles two chunks, so it is read back as one
 * view of its inflated chunk; the pass reads the previous records in about the order they were
 * written, so the few chunks inflated last are kept.
 */
class ByteChunks {
  private readonly sealed: Uint8Array[];
  /** Bytes each sealed chunk inflates to. */
  private readonly lengths: Uint32Builder;
  /** The chunk being filled, and how much of it is. */
  private open: Uint8Array | null = null;
  private used = 0;
  private recent: Array<[number, Uint8Array]> = [];

  constructor(from?: { chunks: readonly Uint8Array[]; lengths: Uint32Array }) {
    this.sealed = from ? [...from.chunks] : [];
    this.lengths = new Uint32Builder(from?.lengths);
  }

  get count(): number {
    return this.sealed.length + (this.open ? 1 : 0);
  }

  /** Bytes in chunk `c` (inflated). */
  size(c: number): number {
    return c < this.sealed.length ? this.lengths.at(c) : this.used;
  }

  /** Appends `b`; returns the chunk it went to (it ends at `this.offset` there). */
  append(b: Uint8Array): number {
    if (this.open && this.used + b.length > this.open.length) this.seal();
    if (!this.open) {
      this.open = b.length <= CHUNK ? (this.spare ?? new Uint8Array(CHUNK)) : new Uint8Array(b.length);
      this.spare = null;
      this.used = 0;
    }
    this.open.set(b, this.used);
    this.used += b.length;
    return this.sealed.length;
  }

  get offset(): number {
    return this.used;
  }

  /** Bytes start..end of chunk `c`; valid until the next append. Throws when a chunk does not inflate to its length. */
  view(c: number, start: number, end: number): Uint8Array {
    if (c === this.sealed.length && this.open) return this.open.subarray(start, end);
    return this.inflated(c).subarray(start, end);
  }

  clear(): void {
    this.sealed.length = 0;
    this.lengths.clear();
    this.open = this.spare = null;
    this.used = 0;
    this.recent = [];
  }

  /** The chunks deflated, and their lengths inflated. */
  done(): { chunks: Uint8Array[]; lengths: Uint32Array } {
    if (!this.open || this.used === 0) return { chunks: [...this.sealed], lengths: this.lengths.done() };
    const lengths = new Uint32Array(this.sealed.length + 1);
    lengths.set(this.lengths.done());
    lengths[this.sealed.length] = this.used;
    return { chunks: [...this.sealed, deflate(this.open.subarray(0, this.used))], lengths };
  }

  /** The buffer of the last full chunk, filled again next (deflating copies what it reads). */
  private spare: Uint8Array | null = null;

  private seal(): void {
    const open = this.open!;
    this.sealed.push(deflate(open.subarray(0, this.used)));
    this.lengths.push(this.used);
    if (open.length === CHUNK) this.spare = open;
    this.open = null;
  }

  private inflated(c: number): Uint8Array {
    const hit = this.recent.find(([k]) => k === c);
    if (hit) return hit[1];
    const raw = inflateRawSync(this.sealed[c]!);
    if (raw.length !== this.lengths.at(c)) throw new RangeError('memo: damaged chunk');
    this.recent.unshift([c, raw]);
    if (this.recent.length > RECENT) this.recent.pop();
    return raw;
  }
}

const deflate = (b: Uint8Array): Uint8Array => deflateRawSync(b, { level: 1 });
