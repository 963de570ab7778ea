// Reading one file of a scanned repository for the desktop's code views (a finding's surroundings,
// an endpoint's handler). The path comes from a hostile scan: it must be relative, free of `..`,
// and stay inside the project root after every link is resolved; only a regular file under a size
// cap is read, never a FIFO or device. Callers say why in their own words from the problem code.
import { closeSync, constants, fstatSync, openSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { readAt } from '../../analyzer/git/read-file.js';

export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export type FileProblem = 'outside' | 'gone' | 'link-out' | 'unopenable' | 'not-file' | 'too-large' | 'unreadable';

/** A path the scan could not have meant inside the repository: empty, absolute, a drive, `..`, a NUL. */
export function unsafeRelative(path: string): boolean {
  return path === '' || path.includes('\0') || isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.split(/[\\/]/).some((part) => part === '..');
}

function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** The file's text, or what stood in the way. */
export function readRepositoryFile(root: string, path: string): { text: string } | { problem: FileProblem } {
  if (unsafeRelative(path)) return { problem: 'outside' };
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(join(realRoot, path));
  } catch {
    return { problem: 'gone' };
  }
  if (!inside(realRoot, real)) return { problem: 'link-out' };
  let fd: number;
  try {
    // O_NOFOLLOW: the resolved path must not have become a link since; O_NONBLOCK: a FIFO never blocks.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return { problem: 'unopenable' };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { problem: 'not-file' };
    if (info.size > MAX_FILE_BYTES) return { problem: 'too-large' };
    return { text: readAt(fd, 0, info.size).toString('utf8') };
  } catch {
    return { problem: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}
