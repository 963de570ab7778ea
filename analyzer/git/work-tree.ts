// Compares the index with the work tree the way `git status` does, without git: stat data first,
// then the blob hash of a file whose stat changed. Nothing is followed: a tracked path whose folder
// became a symlink counts as deleted, as in git. Content git would convert before hashing (filters,
// end-of-line settings) cannot be judged without running that conversion: such a change is "unknown".
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import type { IndexEntry } from './index-file.js';

export type Verdict = 'clean' | 'dirty' | 'unknown';

export interface CompareOptions {
  workTree: string;
  algorithm: 'sha1' | 'sha256';
  /** When the index file was written (ns): an entry modified in the same instant is re-hashed (racy git). */
  indexMtimeNs: bigint;
  /** core.filemode: compare the executable bit. */
  fileMode: boolean;
  /** True when files may be converted on their way into git (attributes or core.autocrlf/eol). */
  mayConvert: () => boolean;
  /** Give up (unknown) past this time. */
  deadline: number;
  /** Give up (unknown) after hashing this many bytes. */
  maxHashBytes: number;
}

function hashFile(path: string, size: number, algorithm: 'sha1' | 'sha256'): string | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return null;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size !== size) return null;
    const hash = createHash(algorithm).update(`blob ${size}\0`);
    const chunk = Buffer.alloc(Math.min(size, 1024 * 1024) || 1);
    let done = 0;
    while (done < size) {
      const n = readSync(fd, chunk, 0, Math.min(chunk.length, size - done), done);
      if (n === 0) return null;
      hash.update(chunk.subarray(0, n));
      done += n;
    }
    return hash.digest('hex');
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

function hashLink(path: string, algorithm: 'sha1' | 'sha256'): string | null {
  try {
    const target = readlinkSync(path, { encoding: 'buffer' });
    return createHash(algorithm).update(`blob ${target.length}\0`).update(target).digest('hex');
  } catch {
    return null;
  }
}

const NS = 1_000_000_000n;

export function compareWorkTree(entries: readonly IndexEntry[], o: CompareOptions): Verdict {
  const folderOk = new Map<string, boolean>();
  // Every folder on the way must be a real folder, not a symlink (git's leading-symlink check).
  const foldersReal = (path: string): boolean => {
    const parts = path.split('/');
    let dir = '';
    for (let i = 0; i < parts.length - 1; i++) {
      dir = dir ? `${dir}/${parts[i]}` : parts[i]!;
      let ok = folderOk.get(dir);
      if (ok === undefined) {
        try {
          ok = lstatSync(join(o.workTree, dir)).isDirectory();
        } catch {
          ok = false;
        }
        folderOk.set(dir, ok);
      }
      if (!ok) return false;
    }
    return true;
  };
  let hashed = 0;
  let unknown = false;
  for (const e of entries) {
    if (e.stage !== 0 || e.intentToAdd) return 'dirty';
    if (e.untouched) continue;
    const type = e.mode & 0o170000;
    // Submodules are left out, as with --ignore-submodules=all.
    if (type === 0o160000) continue;
    if (Date.now() > o.deadline) return 'unknown';
    const abs = join(o.workTree, e.path);
    if (!foldersReal(e.path)) return 'dirty';
    let st: BigIntStats;
    try {
      st = lstatSync(abs, { bigint: true });
    } catch {
      return 'dirty';
    }
    if (type === 0o120000) {
      if (!st.isSymbolicLink()) return 'dirty';
    } else if (type === 0o100000) {
      if (!st.isFile()) return 'dirty';
      if (o.fileMode && Boolean(Number(st.mode) & 0o100) !== Boolean(e.mode & 0o100)) return 'dirty';
    } else return 'unknown';
    // The index keeps 32 bits of size and inode, and nanoseconds only where git was built to.
    const sameStat =
      Number(st.size & 0xffffffffn) === e.size &&
      st.mtimeNs / NS === BigInt(e.mtimeSec) &&
      (e.mtimeNsec === 0 || st.mtimeNs % NS === BigInt(e.mtimeNsec)) &&
      (e.ino === 0 || Number(st.ino & 0xffffffffn) === e.ino);
    const racy = BigInt(e.mtimeSec) >= o.indexMtimeNs / NS;
    if (sameStat && !racy) continue;
    if (type === 0o100000) {
      hashed += Number(st.size);
      if (hashed > o.maxHashBytes) return 'unknown';
    }
    const oid = type === 0o120000 ? hashLink(abs, o.algorithm) : hashFile(abs, Number(st.size), o.algorithm);
    if (oid === e.oid) continue;
    if (oid === null) return 'unknown';
    // A converted file differs from its blob even when git would call it unchanged.
    if (type === 0o100000 && o.mayConvert()) {
      unknown = true;
      continue;
    }
    return 'dirty';
  }
  return unknown ? 'unknown' : 'clean';
}
