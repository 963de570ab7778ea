// Bounded reads of git's own files. Every path here comes from a hostile repository: a "HEAD" may
// be a FIFO, a link to /dev/zero or a gigabyte of text, so only regular files under a size cap are
// read, and a FIFO is never waited on (O_NONBLOCK).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The file's bytes, or null when it is missing, not a regular file, or larger than `maxBytes`. */
export function readSmallFile(path: string, maxBytes: number): Buffer | null {
  const file = openRegular(path);
  if (!file) return null;
  try {
    return file.size > maxBytes ? null : readAt(file.fd, 0, file.size);
  } catch {
    return null;
  } finally {
    closeSync(file.fd);
  }
}

export function readSmallText(path: string, maxBytes: number): string | null {
  return readSmallFile(path, maxBytes)?.toString('utf8') ?? null;
}

/** `length` bytes at `position` of a regular file (fewer at its end), or null. */
export function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return buf.subarray(0, done);
}

/** Opens a regular file for reading without following a FIFO's wait; null when it is anything else. */
export function openRegular(path: string): { fd: number; size: number } | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const info = fstatSync(fd);
    if (info.isFile()) return { fd, size: info.size };
  } catch {
    // fall through: closed below
  }
  closeSync(fd);
  return null;
}
