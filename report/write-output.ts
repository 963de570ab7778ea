// Writing a report or pack to the path a person chose, all or nothing: the bytes go to a temporary
// file beside the target, are flushed, then renamed over it, so a full disk or a crash never leaves
// a truncated report behind. A target that is a device or pipe (/dev/stdout) is written directly.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The output path cannot be written; the message says why and what to do. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    readonly target: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

function explain(target: string, code: string): OutputError {
  const why: Record<string, string> = {
    ENOSPC: 'the disk is full; free some space and run the command again',
    EDQUOT: 'the disk quota is used up; free some space and run the command again',
    EACCES: 'permission denied; choose a folder you can write to',
    EPERM: 'permission denied; choose a folder you can write to',
    EROFS: 'the disk is read-only; choose another place',
    ENOENT: 'its folder does not exist; create it first or choose another path',
    ENOTDIR: 'part of the path is a file, not a folder',
    EISDIR: 'it is a folder; give a file name',
  };
  return new OutputError(target, code, `cannot write ${target}: ${why[code] ?? `the system said ${code}`}. Nothing was written there.`);
}

/** null for a missing path, else whether it is a regular file. */
function kind(target: string): 'missing' | 'file' | 'folder' | 'special' {
  try {
    const s = statSync(target);
    return s.isFile() ? 'file' : s.isDirectory() ? 'folder' : 'special';
  } catch (e) {
    if (codeOf(e) === 'ENOENT') return 'missing';
    throw explain(target, codeOf(e));
  }
}

function tempBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

const CHUNK_CHARS = 1 << 20;

/** Writes bytes, or a string a slice at a time: a 100 MB report is never copied whole into a Buffer. */
function writeAll(fd: number, data: Uint8Array | string): void {
  if (typeof data === 'string') {
    for (let i = 0; i < data.length; i += CHUNK_CHARS) {
      // Never split a surrogate pair between two slices.
      let end = Math.min(i + CHUNK_CHARS, data.length);
      if (end < data.length && /[\ud800-\udbff]/.test(data[end - 1]!)) end--;
      writeAll(fd, Buffer.from(data.slice(i, end)));
      i = end - CHUNK_CHARS;
    }
    return;
  }
  let done = 0;
  while (done < data.length) done += writeSync(fd, data, done, data.length - done);
}

/**
 * Checks, before any work is done, that `target` can be written: its folder exists and takes a new
 * file. Throws OutputError otherwise.
 */
export function checkOutputTarget(target: string): void {
  const k = kind(target);
  if (k === 'folder') throw explain(target, 'EISDIR');
  if (k === 'special') return;
  const probe = tempBeside(target);
  try {
    closeSync(openSync(probe, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600));
  } catch (e) {
    throw explain(target, codeOf(e));
  }
  unlinkSync(probe);
}

/** An output being written: pieces go out as they come; commit() makes the file appear whole. */
export interface OutputStream {
  write(data: Uint8Array | string): void;
  /** Flushes and renames the temporary file over the target. */
  commit(): void;
  /** Removes the temporary file (after a failure); nothing is left at the target. */
  abort(): void;
}

/**
 * Opens `target` for writing in pieces, all or nothing: a regular file is written beside it and
 * renamed over it on commit; a device or pipe (/dev/stdout) is written directly.
 */
export function openOutputStream(target: string): OutputStream {
  const k = kind(target);
  if (k === 'folder') throw explain(target, 'EISDIR');
  const temp = k === 'special' ? null : tempBeside(target);
  let fd: number | null;
  try {
    fd = temp === null ? openSync(target, 'w') : openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  } catch (e) {
    throw explain(target, codeOf(e));
  }
  const close = () => {
    if (fd === null) return;
    const f = fd;
    fd = null;
    closeSync(f);
  };
  const stream: OutputStream = {
    write(data) {
      if (fd === null) throw new Error(`${target} is already closed`);
      try {
        writeAll(fd, data);
      } catch (e) {
        stream.abort();
        throw explain(target, codeOf(e));
      }
    },
    commit() {
      try {
        if (temp !== null && fd !== null) fsyncSync(fd);
        close();
        if (temp !== null) renameSync(temp, target);
      } catch (e) {
        stream.abort();
        throw explain(target, codeOf(e));
      }
    },
    abort() {
      try {
        close();
      } catch {
        // Closing a descriptor that failed to write; the temporary file goes below either way.
      }
      if (temp === null) return;
      try {
        unlinkSync(temp);
      } catch {
        // Never created, or already renamed.
      }
    },
  };
  return stream;
}

/** Runs `produce` with a writer into `target` and commits; on any error nothing is left at the target. */
export function writeOutputWith(target: string, produce: (write: (data: Uint8Array | string) => void) => void): void {
  const out = openOutputStream(target);
  try {
    produce((data) => out.write(data));
  } catch (e) {
    out.abort();
    throw e;
  }
  out.commit();
}

export function writeOutputFile(target: string, data: Uint8Array | string): void {
  writeOutputWith(target, (write) => write(data));
}
