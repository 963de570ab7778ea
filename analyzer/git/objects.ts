// Reads one commit object to learn its tree: a loose object (zlib) or an entry of a pack found
// through its version 2 .idx, following delta chains to a bounded depth. Only the repository's own
// object folder is read; alternates (object folders elsewhere) are not followed.
import { closeSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { openRegular, readAt, readSmallFile } from './read-file.js';

const MAX_OBJECT = 16 * 1024 * 1024;
const MAX_IDX = 512 * 1024 * 1024;
const MAX_DELTA_DEPTH = 64;
const COMMIT = 1;
const OFS_DELTA = 6;
const REF_DELTA = 7;

interface RawObject {
  type: number;
  data: Buffer;
}

function inflate(buf: Buffer): Buffer {
  return inflateSync(buf, { maxOutputLength: MAX_OBJECT });
}

function looseObject(objectsDir: string, oid: string): RawObject | null {
  const file = readSmallFile(join(objectsDir, oid.slice(0, 2), oid.slice(2)), MAX_OBJECT);
  if (!file) return null;
  const data = inflate(file);
  const nul = data.indexOf(0);
  if (nul < 0) return null;
  const type = data.toString('latin1', 0, nul).split(' ')[0];
  const types: Record<string, number> = { commit: 1, tree: 2, blob: 3, tag: 4 };
  return types[type!] ? { type: types[type!]!, data: data.subarray(nul + 1) } : null;
}

/** The pack offset of `oid` in a version 2 pack index, or null. */
function findInIdx(idx: Buffer, oid: Buffer): number | null {
  if (idx.length < 8 + 1024 || idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) return null;
  const hashLen = oid.length;
  const fan = (i: number) => (i < 0 ? 0 : idx.readUInt32BE(8 + i * 4));
  const total = fan(255);
  const namesAt = 8 + 1024;
  let lo = fan(oid[0]! - 1);
  let hi = fan(oid[0]!);
  if (namesAt + total * (hashLen + 8) > idx.length) return null;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const cmp = idx.compare(oid, 0, hashLen, namesAt + mid * hashLen, namesAt + (mid + 1) * hashLen) * -1;
    if (cmp === 0) {
      const offsetsAt = namesAt + total * hashLen + total * 4;
      const small = idx.readUInt32BE(offsetsAt + mid * 4);
      if (!(small & 0x80000000)) return small;
      const large = offsetsAt + total * 4 + (small & 0x7fffffff) * 8;
      return large + 8 <= idx.length ? Number(idx.readBigUInt64BE(large)) : null;
    }
    if (cmp < 0) hi = mid;
    else lo = mid + 1;
  }
  return null;
}

function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let pos = 0;
  const varint = () => {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = delta[pos++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80 && pos < delta.length);
    return value;
  };
  if (varint() !== base.length) throw new Error('delta base size mismatch');
  const size = varint();
  if (size > MAX_OBJECT) throw new Error('object too large');
  const out = Buffer.alloc(size);
  let at = 0;
  while (pos < delta.length) {
    const op = delta[pos++]!;
    if (op & 0x80) {
      let offset = 0;
      let length = 0;
      for (let b = 0; b < 4; b++) if (op & (1 << b)) offset += delta[pos++]! * 2 ** (8 * b);
      for (let b = 0; b < 3; b++) if (op & (0x10 << b)) length += delta[pos++]! * 2 ** (8 * b);
      if (length === 0) length = 0x10000;
      if (offset + length > base.length || at + length > size) throw new Error('delta copies out of range');
      base.copy(out, at, offset, offset + length);
      at += length;
    } else if (op) {
      if (at + op > size || pos + op > delta.length) throw new Error('delta inserts out of range');
      delta.copy(out, at, pos, pos + op);
      at += op;
      pos += op;
    } else throw new Error('bad delta opcode');
  }
  if (at !== size) throw new Error('delta result size mismatch');
  return out;
}

class Packs {
  private readonly packs: { idx: Buffer; pack: string }[] = [];

  constructor(
    private readonly objectsDir: string,
    private readonly hashLen: number,
  ) {
    let names: string[] = [];
    try {
      names = readdirSync(join(objectsDir, 'pack')).filter((n) => n.endsWith('.idx'));
    } catch {
      // No packs: loose objects only.
    }
    for (const name of names.sort()) {
      const idx = readSmallFile(join(objectsDir, 'pack', name), MAX_IDX);
      if (idx) this.packs.push({ idx, pack: join(objectsDir, 'pack', name.slice(0, -4) + '.pack') });
    }
  }

  read(oid: Buffer, depth = 0): RawObject | null {
    if (depth > MAX_DELTA_DEPTH) return null;
    const hex = oid.toString('hex');
    const loose = looseObject(this.objectsDir, hex);
    if (loose) return loose;
    for (const { idx, pack } of this.packs) {
      const offset = findInIdx(idx, oid);
      if (offset !== null) return this.readPacked(pack, offset, depth);
    }
    return null;
  }

  private readPacked(pack: string, offset: number, depth: number): RawObject | null {
    if (depth > MAX_DELTA_DEPTH) return null;
    const file = openRegular(pack);
    if (!file) return null;
    try {
      const head = readAt(file.fd, offset, 32 + this.hashLen);
      let pos = 0;
      let byte = head[pos++]!;
      const type = (byte >> 4) & 7;
      let size = byte & 15;
      let shift = 4;
      while (byte & 0x80 && pos < head.length) {
        byte = head[pos++]!;
        size += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      }
      if (size > MAX_OBJECT) return null;
      let base: RawObject | null = null;
      if (type === OFS_DELTA) {
        byte = head[pos++]!;
        let back = byte & 0x7f;
        while (byte & 0x80 && pos < head.length) {
          byte = head[pos++]!;
          back = (back + 1) * 128 + (byte & 0x7f);
        }
        if (back <= 0 || back > offset) return null;
        base = this.readPacked(pack, offset - back, depth + 1);
      } else if (type === REF_DELTA) {
        base = this.read(Buffer.from(head.subarray(pos, pos + this.hashLen)), depth + 1);
        pos += this.hashLen;
      }
      // Deflate adds little to an object this small; this window always holds the whole stream.
      const compressed = readAt(file.fd, offset + pos, size + 1024 + Math.ceil(size / 8));
      const data = inflate(compressed);
      if (type === OFS_DELTA || type === REF_DELTA) return base ? { type: base.type, data: applyDelta(base.data, data) } : null;
      return { type, data };
    } finally {
      closeSync(file.fd);
    }
  }
}

/** The tree id of a commit, or null when the commit cannot be read from this repository's objects. */
export function commitTree(objectsDir: string, commit: string): string | null {
  try {
    const hashLen = commit.length / 2;
    const obj = new Packs(objectsDir, hashLen).read(Buffer.from(commit, 'hex'));
    if (!obj || obj.type !== COMMIT) return null;
    const m = /^tree ([0-9a-f]{40}|[0-9a-f]{64})\n/.exec(obj.data.toString('latin1', 0, 100));
    return m ? m[1]! : null;
  } catch {
    return null;
  }
}
