// The lines around a finding, read from the repository when its detail is opened (confined to the
// project root by repository-file.ts, the path coming from a hostile scan); the text is
// returned as plain lines for the renderer to show as text (bidi and hidden characters made visible
// there). When the file moved on since the scan, the scanned snippet is all there is, and why is said.
import { readRepositoryFile, type FileProblem } from './repository-file.js';
import type { CodeContextView } from '../ipc-contract.js';

export const CONTEXT_LINES = 6;
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

const WHY: Record<FileProblem, string> = {
  outside: 'The finding names a path outside the repository; only the scanned snippet is shown.',
  gone: 'The file is no longer in the repository; showing the code as scanned.',
  'link-out': 'The file resolves outside the repository (a link); only the scanned snippet is shown.',
  unopenable: 'The file could not be opened; showing the code as scanned.',
  'not-file': 'The path is not a regular file; only the scanned snippet is shown.',
  'too-large': 'The file is too large to show around the finding; showing the code as scanned.',
  unreadable: 'The file could not be read; showing the code as scanned.',
};

/** The file's text, or why it cannot be read. */
function readInside(root: string, path: string): { text: string } | { why: string } {
  const read = readRepositoryFile(root, path);
  return 'text' in read ? read : { why: WHY[read.problem] };
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
