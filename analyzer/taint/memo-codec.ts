// The run records as the cache stores them. A record's reads, tags, function id and file key are
// strings repeated across thousands of records (a slot is read by every caller, a file key is shared
// by every function of the file); v8's serializer writes every copy of a string again, and
// deserialising them is most of what a one-edit rescan spends on the records. Here each distinct
// string is written once, and those fields become indices into that table, in typed arrays.
import type { MemoData, RunRecord } from './run-memo.js';

const VERSION = 1;

type Rest = Omit<RunRecord, 'fnId' | 'file' | 'reads' | 'tags'>;

export interface EncodedMemo {
  v: typeof VERSION;
  structure: string;
  strings: string[];
  keys: Uint32Array;
  /** Per record: fnId, file, reads count, tags count, then the reads and the [slot, tag] pairs. */
  refs: Uint32Array;
  rest: Rest[];
}

export function encodeMemo(memo: MemoData): EncodedMemo {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const id = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  // Typed from the start: a plain array of the reads' indices (millions on a large project) costs
  // eight bytes an entry plus its growth, twice what it is as a Uint32Array.
  const keys = new Uint32Builder();
  const refs = new Uint32Builder();
  const rest: Rest[] = [];
  for (const [key, rec] of memo.runs) {
    const { fnId, file, reads, tags, ...others } = rec;
    keys.push(id(key));
    const tagList = Object.entries(tags);
    refs.push(id(fnId));
    refs.push(id(file));
    refs.push(reads.length);
    refs.push(tagList.length);
    for (const r of reads) refs.push(id(r));
    for (const [slot, tag] of tagList) {
      refs.push(id(slot));
      refs.push(id(tag));
    }
    rest.push(others);
  }
  return { v: VERSION, structure: memo.structure, strings, keys: keys.done(), refs: refs.done(), rest };
}

class Uint32Builder {
  private buf = new Uint32Array(1024);
  private length = 0;

  push(n: number): void {
    if (this.length === this.buf.length) {
      const grown = new Uint32Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.length++] = n;
  }

  /** The values pushed, in an array of exactly their length. */
  done(): Uint32Array {
    return this.buf.slice(0, this.length);
  }
}

/** The records, or null when `data` is not an encoding this code wrote (the caller then runs cold). */
export function decodeMemo(data: unknown): MemoData | null {
  const d = data as Partial<EncodedMemo> | null;
  if (!d || d.v !== VERSION || typeof d.structure !== 'string' || !Array.isArray(d.strings) || !(d.keys instanceof Uint32Array) || !(d.refs instanceof Uint32Array) || !Array.isArray(d.rest)) return null;
  const { strings, keys, refs, rest } = d as EncodedMemo;
  if (rest.length !== keys.length) return null;
  const str = (i: number): string => {
    const s = strings[i];
    if (typeof s !== 'string') throw new RangeError('memo: bad string index');
    return s;
  };
  const runs = new Map<string, RunRecord>();
  let p = 0;
  try {
    for (let k = 0; k < keys.length; k++) {
      if (p + 4 > refs.length) return null;
      const fnId = str(refs[p++]!);
      const file = str(refs[p++]!);
      const nReads = refs[p++]!;
      const nTags = refs[p++]!;
      if (p + nReads + 2 * nTags > refs.length) return null;
      const reads = new Array<string>(nReads);
      for (let i = 0; i < nReads; i++) reads[i] = str(refs[p++]!);
      const tags: Record<string, string> = {};
      for (let i = 0; i < nTags; i++) {
        const slot = str(refs[p++]!);
        tags[slot] = str(refs[p++]!);
      }
      runs.set(str(keys[k]!), { fnId, file, ...rest[k]!, reads, tags } as RunRecord);
    }
  } catch {
    return null;
  }
  return p === refs.length ? { structure: d.structure, runs } : null;
}
