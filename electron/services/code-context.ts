// The lines around a finding, read from the repository when its detail is opened. The path comes
// from a hostile scan: it must be relative and stay inside the project root after every link is
// resolved; only a regular file under a size cap is read, never a FIFO or device; and the text is
// returned as plain lines for the renderer to show as text (bidi and hidden characters made visible
// there). When the file moved on since the scan, the scanned snippet is all there is, and why is said.
import { closeSync, constants, fstatSync, openSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { readAt } from '../../analyzer/git/read-file.js';
import type { CodeContextView } from '../ipc-contract.js';

export const CONTEXT_LINES = 6;
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_FLAGGED_LINES = 60;
const MAX_LINE_CHARS = 1000;

export interface ContextRequest {
  root: string;
  path: string;
  startLine: number;
  endLine: number;
  /** What the scan saw at startLine.., to tell whether the file still holds the same code. */
  snippet: string;
}

export type ContextOutcome = { context: CodeContextView; note: null } | { context: null; note: string };

function unsafeRelative(path: string): boolean {
  return path === '' || path.includes('\0') || isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.split(/[\\/]/).some((part) => part === '..');
}

function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** The file's text, or why it cannot be read. */
function readInside(root: string, path: string): { text: string } | { why: string } {
  if (unsafeRelative(path)) return { why: 'The finding names a path outside the repository; only the scanned snippet is shown.' };
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(join(realRoot, path));
  } catch {
    return { why: 'The file is no longer in the repository; showing the code as scanned.' };
  }
  if (!inside(realRoot, real)) return { why: 'The file resolves outside the repository (a link); only the scanned snippet is shown.' };
  let fd: number;
  try {
    // O_NOFOLLOW: the resolved path must not have become a link since; O_NONBLOCK: a FIFO never blocks.
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return { why: 'The file could not be opened; showing the code as scanned.' };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { why: 'The path is not a regular file; only the scanned snippet is shown.' };
    if (info.size > MAX_FILE_BYTES) return { why: 'The file is too large to show around the finding; showing the code as scanned.' };
    return { text: readAt(fd, 0, info.size).toString('utf8') };
  } catch {
    return { why: 'The file could not be read; showing the code as scanned.' };
  } finally {
    closeSync(fd);
  }
}

const same = (a: string | undefined, b: string | undefined) => (a ?? '').trim() === (b ?? '').trim();

export function codeContext(req: ContextRequest): ContextOutcome {
  const read = readInside(req.root, req.path);
  if ('why' in read) return { context: null, note: read.why };
  const lines = read.text.split(/\r?\n/);
  const start = Math.max(1, Math.trunc(req.startLine));
  const end = Math.min(Math.max(start, Math.trunc(req.endLine)), start + MAX_FLAGGED_LINES - 1);
  const firstScanned = req.snippet.split(/\r?\n/).find((l) => l.trim() !== '');
  // The scanned snippet starts at the flagged line; if the file's line differs, lines have moved.
  if (start > lines.length || (firstScanned !== undefined && !same(lines.slice(start - 1, end).find((l) => l.trim() !== ''), firstScanned))) {
    return { context: null, note: 'The file changed since the scan; showing the code as scanned.' };
  }
  const from = Math.max(1, start - CONTEXT_LINES);
  const to = Math.min(lines.length, end + CONTEXT_LINES);
  const shown = lines.slice(from - 1, to).map((l) => (l.length > MAX_LINE_CHARS ? `${l.slice(0, MAX_LINE_CHARS)}…` : l));
  return { context: { startLine: from, lines: shown, flagged: { start, end } }, note: null };
}
