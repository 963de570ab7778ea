// Reading a file a person handed to a command (results to import, an ASVS text, a pack to verify):
// regular files only, so a FIFO or a device is refused at once instead of blocking or being read
// for ever, and never more than a stated cap, so /dev/zero behind a symlink costs nothing.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The file cannot be taken as input; the message says why. */
export class InputFileError extends Error {
  override name = 'InputFileError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;
}

/** Opens `file` for reading after the checks above; the caller reads at most `size` bytes and closes `fd`. */
export function openInputFile(file: string, maxBytes: number, what = 'the file'): { fd: number; size: number } {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
    throw new InputFileError(file, `cannot read ${file} (${why}). Give the path of ${what}.`);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputFileError(file, `${file} is a folder. Give the path of ${what}.`);
    if (!info.isFile()) throw new InputFileError(file, `${file} is not a regular file (a device, pipe or socket); it was not read. Give the path of ${what}.`);
    if (info.size > maxBytes) throw new InputFileError(file, `${file} is ${mib(info.size)}, over the ${mib(maxBytes)} limit for ${what}; it was not read.`);
    return { fd, size: info.size };
  } catch (e) {
    closeSync(fd);
    throw readFailure(file, e);
  }
}

/** A read error as InputFileError, naming the file. */
export function readFailure(file: string, e: unknown): InputFileError {
  return e instanceof InputFileError ? e : new InputFileError(file, `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
}

export function readInputFile(file: string, maxBytes: number, what = 'the file'): Buffer {
  const { fd, size } = openInputFile(file, maxBytes, what);
  try {
    const buf = Buffer.alloc(size);
    let done = 0;
    while (done < buf.length) {
      const n = readSync(fd, buf, done, buf.length - done, done);
      if (n === 0) break;
      done += n;
    }
    // A file still growing while read: its first maxBytes at most, never more.
    return done === buf.length ? buf : buf.subarray(0, done);
  } catch (e) {
    throw readFailure(file, e);
  } finally {
    closeSync(fd);
  }
}
