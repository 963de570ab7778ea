// An endpoint's handler as code: the lines from its `def` or class to its last line, read from the
// repository when the person opens it from the Endpoints page. The endpoint is named by scan and
// place in the inventory, never by a path from the renderer; the stored path is the hostile
// scan's, so it is read through repository-file.ts (relative, no `..`, no link out of the root).
// When the file no longer starts the handler where the scan saw it, nothing is shown as if it were.
import { getProject, getScan, readScanEndpoints, type StoreDb } from '../../store/index.js';
import type { HandlerSourceView } from '../ipc-contract.js';
import { readRepositoryFile, type FileProblem } from './repository-file.js';
import { ServiceError } from './service-error.js';

/** A class view can be long: past this many lines the view ends and says so. */
export const MAX_HANDLER_LINES = 400;
const MAX_LINE_CHARS = 1000;
/** Shown for a handler with no known end (a URLconf line): the lines that follow its start. */
const LINES_WITHOUT_END = 12;

const WHY: Record<FileProblem, string> = {
  outside: 'The scan names a path outside the repository: it is not opened.',
  gone: 'The file is no longer in the repository.',
  'link-out': 'The file resolves outside the repository (a link): it is not opened.',
  unopenable: 'The file could not be opened.',
  'not-file': 'The path is not a regular file: it is not opened.',
  'too-large': 'The file is too large to show.',
  unreadable: 'The file could not be read.',
};

/** Whether the line still starts the handler: a `def` or `class` of one of its qualified name's segments. */
function startsHandler(line: string | undefined, name: string): boolean {
  const m = /^\s*(?:async\s+)?(?:def|class)\s+([A-Za-z_]\w*)/.exec(line ?? '');
  return m !== null && name.split('.').includes(m[1]!);
}

export function handlerSource(db: StoreDb, projectId: number, scanId: number, ordinal: number): HandlerSourceView {
  const project = getProject(db, projectId);
  if (getScan(db, scanId)?.projectId !== projectId) throw new ServiceError('not-found', `No scan ${scanId} in this project.`);
  const e = readScanEndpoints(db, scanId)?.[ordinal];
  if (!e) throw new ServiceError('not-found', `Scan ${scanId} has no endpoint ${ordinal}.`);
  const base = { file: e.handler.file, name: e.handler.name, line: e.handler.line, endLine: e.handler.endLine ?? null };
  const read = readRepositoryFile(project.rootPath, e.handler.file);
  if ('problem' in read) return { ...base, startLine: e.handler.line, lines: null, note: WHY[read.problem] };
  const lines = read.text.split(/\r?\n/);
  const start = Math.max(1, Math.trunc(e.handler.line));
  if (start > lines.length) return { ...base, startLine: start, lines: null, note: 'The file changed since the scan: it no longer has that line.' };
  // The admin site and other URLconf-line handlers have no definition to check against.
  if (e.handler.endLine !== undefined && !startsHandler(lines[start - 1], e.handler.name)) {
    return { ...base, startLine: start, lines: null, note: `The file changed since the scan: line ${start} no longer starts ${e.handler.name}.` };
  }
  const wanted = e.handler.endLine ?? start + LINES_WITHOUT_END - 1;
  const end = Math.min(lines.length, wanted, start + MAX_HANDLER_LINES - 1);
  const shown = lines.slice(start - 1, end).map((l) => (l.length > MAX_LINE_CHARS ? `${l.slice(0, MAX_LINE_CHARS)}…` : l));
  let note: string | null = null;
  if (e.handler.endLine === undefined) note = `The handler is not a definition the scan read; showing ${shown.length} lines from line ${start}.`;
  else if (end < wanted) note = `Showing the first ${shown.length} of the handler's ${wanted - start + 1} lines.`;
  return { ...base, startLine: start, lines: shown, note };
}
