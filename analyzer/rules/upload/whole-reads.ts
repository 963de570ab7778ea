// Where a handler pulls a whole upload into memory. Frameworks spool large file parts to a
// temporary file, so an upload costs disk until the handler calls read() with no size: then the
// worker holds all of it, as large as the client chose, unless something capped the size first.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { callTail, ownNodes } from '../support/local-flow.js';
import { uploadIn, type UploadRoom } from './uploads.js';

/** Names a size test reads: the upload's size, the request's declared length, a stream position. */
const SIZE_TEST = /\.size\b|\bcontent_length\b|CONTENT_LENGTH|\bgetsize\b|\.tell\s*\(|\bst_size\b|\.seek\s*\(/;
/** Calls of a project helper or validator named for the size it checks. */
const SIZE_CHECK_CALL = /size|length|too_large|quota|limit/i;

export interface WholeRead {
  call: SyntaxNode;
  room: UploadRoom;
}

/** `read()` / `read(-1)` / `read(None)`: no bound on what comes back. */
function unbounded(call: SyntaxNode, ctx: RuleContext): boolean {
  const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a.type !== 'comment');
  if (args.length === 0) return true;
  if (args.length > 1 || args[0]!.type === 'keyword_argument') return false;
  const v = ctx.constant(args[0]);
  return v?.kind === 'none' || (v?.kind === 'int' && v.value < 0);
}

/**
 * Every `f.read()`, `f.stream.read()`, `f.file.read()` (awaited or not) of an upload in the
 * function, with no size argument.
 */
export function wholeUploadReads(fn: SyntaxNode, ctx: RuleContext): WholeRead[] {
  const out: WholeRead[] = [];
  for (const n of ownNodes(fn)) {
    if (n.type !== 'call' || callTail(n) !== 'read' || !unbounded(n, ctx)) continue;
    let obj = n.childForFieldName('function')?.childForFieldName('object') ?? null;
    if (obj?.type === 'attribute' && ['stream', 'file'].includes(obj.childForFieldName('attribute')?.text ?? '')) obj = obj.childForFieldName('object');
    const room = obj ? uploadIn(obj, fn) : null;
    if (room) out.push({ call: n, room });
  }
  return out;
}

/** True when the function tests a size (the upload's, the request's length) or calls a helper named for one. */
export function checksSize(fn: SyntaxNode): boolean {
  for (const n of ownNodes(fn)) {
    if (n.type === 'comparison_operator' && SIZE_TEST.test(n.text)) return true;
    if (n.type === 'call' && SIZE_CHECK_CALL.test(callTail(n))) return true;
  }
  return false;
}
