// Parser for git's index (.git/index, versions 2 to 4): the staged entries with the file stat data
// git compares against the work tree. Split and sparse indexes are recognised and reported so the
// caller can say it cannot tell, rather than guess.
import { createHash } from 'node:crypto';

export interface IndexEntry {
  path: string;
  mode: number;
  /** Object id, lower-case hex. */
  oid: string;
  /** Raw object id bytes (for building tree objects). */
  oidBytes: Buffer;
  size: number;
  mtimeSec: number;
  mtimeNsec: number;
  ctimeSec: number;
  ctimeNsec: number;
  ino: number;
  stage: number;
  /** Git is told not to look at the work tree copy (assume-unchanged or skip-worktree). */
  untouched: boolean;
  intentToAdd: boolean;
}

export type ParsedIndex =
  | { ok: true; version: number; entries: IndexEntry[] }
  | { ok: false; reason: string };

const EXTENDED = 0x4000;
const ASSUME_VALID = 0x8000;
const SKIP_WORKTREE = 0x4000;
const INTENT_TO_ADD = 0x2000;

export function parseIndex(buf: Buffer, hashLen: 20 | 32): ParsedIndex {
  const fail = (reason: string): ParsedIndex => ({ ok: false, reason });
  if (buf.length < 12 + hashLen || buf.toString('latin1', 0, 4) !== 'DIRC') return fail('the index is not a git index');
  const body = buf.subarray(0, buf.length - hashLen);
  const digest = createHash(hashLen === 20 ? 'sha1' : 'sha256').update(body).digest();
  if (!digest.equals(buf.subarray(buf.length - hashLen)) && !buf.subarray(buf.length - hashLen).every((b) => b === 0)) {
    return fail('the index checksum does not match (damaged or being written)');
  }
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return fail(`index version ${version} is not supported`);
  const count = buf.readUInt32BE(8);
  const fixed = 40 + hashLen + 2;
  const entries: IndexEntry[] = [];
  let pos = 12;
  let previous: Buffer = Buffer.alloc(0);
  for (let i = 0; i < count; i++) {
    if (pos + fixed > body.length) return fail('the index ends inside an entry');
    const start = pos;
    const flags = body.readUInt16BE(pos + 40 + hashLen);
    let ext = 0;
    pos += fixed;
    if (flags & EXTENDED) {
      if (version < 3) return fail('extended flags in a version 2 index');
      ext = body.readUInt16BE(pos);
      pos += 2;
    }
    let name: Buffer;
    if (version === 4) {
      let strip = 0;
      let byte: number;
      let n = 0;
      do {
        if (pos >= body.length || ++n > 6) return fail('bad path prefix in the index');
        byte = body[pos++]!;
        strip = n === 1 ? byte & 0x7f : ((strip + 1) << 7) | (byte & 0x7f);
      } while (byte & 0x80);
      const nul = body.indexOf(0, pos);
      if (nul < 0 || strip > previous.length) return fail('bad path in the index');
      name = Buffer.concat([previous.subarray(0, previous.length - strip), body.subarray(pos, nul)]);
      pos = nul + 1;
    } else {
      const nul = body.indexOf(0, pos);
      if (nul < 0) return fail('bad path in the index');
      name = body.subarray(pos, nul);
      // Entries are padded with 1 to 8 NULs to a multiple of eight bytes.
      pos = start + ((pos - start + name.length + 8) & ~7);
    }
    previous = name;
    entries.push({
      path: name.toString('utf8'),
      ctimeSec: body.readUInt32BE(start),
      ctimeNsec: body.readUInt32BE(start + 4),
      mtimeSec: body.readUInt32BE(start + 8),
      mtimeNsec: body.readUInt32BE(start + 12),
      ino: body.readUInt32BE(start + 20),
      mode: body.readUInt32BE(start + 24),
      size: body.readUInt32BE(start + 36),
      oidBytes: Buffer.from(body.subarray(start + 40, start + 40 + hashLen)),
      oid: body.toString('hex', start + 40, start + 40 + hashLen),
      stage: (flags >> 12) & 3,
      untouched: (flags & ASSUME_VALID) !== 0 || (ext & SKIP_WORKTREE) !== 0,
      intentToAdd: (ext & INTENT_TO_ADD) !== 0,
    });
  }
  // Extensions: four-byte signature and size each. Two change what the entries mean.
  while (pos + 8 <= body.length) {
    const sig = body.toString('latin1', pos, pos + 4);
    const size = body.readUInt32BE(pos + 4);
    if (sig === 'link') return fail('a split index is in use');
    if (sig === 'sdir') return fail('a sparse index is in use');
    pos += 8 + size;
  }
  return { ok: true, version, entries };
}
