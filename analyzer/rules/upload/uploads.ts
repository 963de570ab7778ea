// What the upload rules agree an uploaded file is, where its client-chosen name is, and where it is
// stored: function-local, so a rule can judge one handler without the dataflow engine (which
// already follows upload names into open() and os calls for PY-INJ-PATH).
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { callTail, findInValue, localDefs, ownNodes } from '../support/local-flow.js';
import { rootOf } from '../support/expression-names.js';
import { formFileField } from './form-files.js';

/** `request.files[...]`, `request.FILES.get(...)`, `self.request.files["f"][0]`: the request's uploads. */
const REQUEST_FILES = /^(self\.)?request\.(files|FILES)\b/;
/** Parameter types that hold an upload (Starlette/FastAPI, Werkzeug, Django). */
const UPLOAD_TYPES = /\b(UploadFile|FileStorage|UploadedFile|InMemoryUploadedFile|TemporaryUploadedFile)\b/;
/** Calls whose result no longer carries the client's path: it was cleaned or replaced. */
const SANITIZERS = /(^|\.)(secure_filename|get_valid_filename|get_valid_name|get_available_name|basename|safe_join|uuid[1345]?|token_hex|token_urlsafe|slugify|generate_filename)$/;

export type UploadRoom = 'werkzeug' | 'django' | 'asgi' | 'tornado';

/** The enclosing function definition of a node, or null at module level. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | null {
  for (let n = node.parent; n; n = n.parent) if (n.type === 'function_definition') return n;
  return null;
}

function paramIsUpload(param: SyntaxNode): UploadRoom | null {
  const type = param.childForFieldName('type')?.text ?? '';
  const value = param.childForFieldName('value')?.text ?? '';
  if (/\bFileStorage\b/.test(type)) return 'werkzeug';
  if (/\b(UploadedFile|InMemoryUploadedFile|TemporaryUploadedFile)\b/.test(type)) return 'django';
  if (/\bUploadFile\b/.test(type) || /^(fastapi\.)?File\s*\(/.test(value)) return 'asgi';
  return UPLOAD_TYPES.test(type) ? 'asgi' : null;
}

/** Which kind of upload a leaf expression is, or null: the request's files, or an upload-typed parameter. */
function uploadLeaf(n: SyntaxNode, fn: SyntaxNode | null): UploadRoom | null {
  if (n.type === 'attribute' || n.type === 'subscript' || n.type === 'call') {
    const m = REQUEST_FILES.exec(n.text);
    if (m) return m[1] ? 'tornado' : m[2] === 'FILES' ? 'django' : 'werkzeug';
    if (formFileField(n, fn)) return 'werkzeug';
  }
  if (n.type === 'identifier' && fn) {
    const p = localDefs(fn).params.get(n.text);
    if (p) return paramIsUpload(p);
  }
  return null;
}

/** Calls that hand out one of the uploads they are called on: files.get("f"), files.getlist("f"), reader.next(). */
const PICKS = new Set(['get', 'getlist', 'getall', 'getone', 'values', 'items', 'next']);
/** Fields of an upload that are not the upload: its name, bytes, type. */
const NOT_THE_FILE = /^['"](filename|body|content_type)['"]$/;

/**
 * The kind of upload an expression holds (following local assignments), or null when it holds none.
 * Only picks from the request's files pass it on: a model built from an upload is not an upload.
 */
export function uploadIn(expr: SyntaxNode, fn: SyntaxNode | null): UploadRoom | null {
  let room: UploadRoom | null = null;
  findInValue(expr, fn, {
    hops: 4,
    hit: (n) => (room = uploadLeaf(n, fn)) !== null,
    stop: (n) => {
      if (uploadLeaf(n, fn)) return false;
      if (n.type === 'call') return !PICKS.has(callTail(n));
      if (n.type === 'subscript') return NOT_THE_FILE.test(n.childForFieldName('subscript')?.text ?? '');
      if (n.type === 'attribute') {
        // The receiver of a pick (`uploads.get`) leads to the upload; any other attribute is a field of it.
        const call = n.parent;
        return !(call?.type === 'call' && call.childForFieldName('function')?.id === n.id && PICKS.has(n.childForFieldName('attribute')?.text ?? ''));
      }
      return n.type === 'binary_operator' || n.type === 'string' || n.type === 'dictionary' || n.type === 'argument_list';
    },
  });
  return room;
}

function isSanitizerCall(n: SyntaxNode, ctx: RuleContext): boolean {
  if (n.type !== 'call') return false;
  const f = n.childForFieldName('function');
  const name = ctx.names.qualifiedName(f) ?? f?.text ?? '';
  return SANITIZERS.test(name);
}

/** `os.path.splitext(name)[1]`, `Path(name).suffix`: the extension alone, which holds no path separator. */
function isExtensionOnly(n: SyntaxNode): boolean {
  if (n.type === 'attribute') return /^suffix(es)?$/.test(n.childForFieldName('attribute')?.text ?? '');
  if (n.type !== 'subscript') return false;
  const value = n.childForFieldName('value');
  return value?.type === 'call' && /(^|\.)splitext$/.test(value.childForFieldName('function')?.text ?? '') && /^-?1$/.test(n.childForFieldName('subscript')?.text ?? '');
}

/**
 * The client-chosen file name inside an expression: `f.filename` of a Werkzeug, Starlette or aiohttp
 * upload, `info["filename"]` of a Tornado one, and (with `djangoName`) the `.name` of a Django one,
 * which Django has already cut to its base name. `cleaned` says whether to look through sanitizers
 * (secure_filename, basename, uuid …): false finds only a raw name.
 */
export function clientName(expr: SyntaxNode, fn: SyntaxNode | null, ctx: RuleContext, opts: { cleaned: boolean; djangoName: boolean }): SyntaxNode | null {
  return findInValue(expr, fn, {
    hops: 4,
    stop: (n) => !opts.cleaned && (isSanitizerCall(n, ctx) || isExtensionOnly(n)),
    hit: (n) => {
      if (n.type === 'attribute') {
        const attr = n.childForFieldName('attribute')?.text;
        const obj = n.childForFieldName('object');
        if (!obj || (attr !== 'filename' && attr !== 'name')) return false;
        const room = uploadIn(obj, fn) ?? (attr === 'filename' && isMultipartField(obj, fn) ? 'asgi' : null);
        if (!room) return false;
        return attr === 'filename' ? room !== 'django' : opts.djangoName && room === 'django';
      }
      if (n.type === 'subscript') {
        const key = n.childForFieldName('subscript');
        return /^['"]filename['"]$/.test(key?.text ?? '') && uploadIn(n.childForFieldName('value')!, fn) === 'tornado';
      }
      return false;
    },
  });
}

/** aiohttp: a part read from `await request.multipart()` (`field = await reader.next()`). */
function isMultipartField(obj: SyntaxNode, fn: SyntaxNode | null): boolean {
  return findInValue(obj, fn, { hops: 4, hit: (n) => n.type === 'call' && callTail(n) === 'multipart' && /\brequest\b/.test(n.text) }) !== null;
}

/** A place where a handler writes an upload to storage, and the destination path when it names one. */
export interface UploadStore {
  call: SyntaxNode;
  room: UploadRoom;
  /** The path written to: Werkzeug's save(dst), open(dst, "wb"); null for storage.save(name, f). */
  destination: SyntaxNode | null;
  /** The name the file is stored under: the destination, or storage.save's first argument. */
  name: SyntaxNode | null;
}

const WRITE_MODE = /^['"][^'"]*[wax][^'"]*['"]$/;

function firstArgs(call: SyntaxNode): SyntaxNode[] {
  return (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a.type !== 'comment' && a.type !== 'keyword_argument');
}

function keyword(call: SyntaxNode, name: string): SyntaxNode | null {
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name) return a.childForFieldName('value');
  return null;
}

/** True when `expr` carries an upload's bytes: f.read(), await f.read(), f.chunks(), f.file, f.stream, info["body"]. */
function uploadContent(expr: SyntaxNode, fn: SyntaxNode): UploadRoom | null {
  let room: UploadRoom | null = null;
  findInValue(expr, fn, {
    hops: 4,
    hit: (n) => {
      if (n.type === 'call' && ['read', 'chunks'].includes(callTail(n))) {
        const obj = n.childForFieldName('function')?.childForFieldName('object');
        if (obj) room = uploadIn(obj, fn);
      } else if (n.type === 'attribute' && ['file', 'stream'].includes(n.childForFieldName('attribute')?.text ?? '')) {
        room = uploadIn(n.childForFieldName('object')!, fn);
      } else if (n.type === 'subscript' && /^['"]body['"]$/.test(n.childForFieldName('subscript')?.text ?? '')) {
        room = uploadIn(n.childForFieldName('value')!, fn) === 'tornado' ? 'tornado' : null;
      }
      return room !== null;
    },
  });
  return room;
}

/** The path a `with open(dst, "wb") as out:` block (or `out = open(...)`) writes to, for the name `out`. */
function openedFor(name: string, fn: SyntaxNode, ctx: RuleContext): SyntaxNode | null {
  for (const v of localDefs(fn).values.get(name) ?? []) {
    if (v.type !== 'call') continue;
    const callee = ctx.names.qualifiedName(v.childForFieldName('function')) ?? '';
    if (!/^(builtins\.open|io\.open|aiofiles\.open|open)$/.test(callee)) continue;
    const [path, mode] = firstArgs(v);
    const m = mode ?? keyword(v, 'mode');
    if (path && m && WRITE_MODE.test(m.text)) return path;
  }
  return null;
}

/** Every place a function stores an upload: save(), storage.save(name, f), copyfileobj or write of its bytes. */
export function uploadStores(fn: SyntaxNode, ctx: RuleContext): UploadStore[] {
  const out: UploadStore[] = [];
  for (const n of ownNodes(fn)) {
    if (n.type !== 'call') continue;
    const f = n.childForFieldName('function');
    const tail = callTail(n);
    const args = firstArgs(n);
    if (tail === 'save' && f?.type === 'attribute') {
      const room = uploadIn(f.childForFieldName('object')!, fn);
      if (room === 'werkzeug' || room === 'tornado') {
        const dst = args[0] ?? keyword(n, 'dst');
        out.push({ call: n, room, destination: dst, name: dst });
        continue;
      }
      // Django's storage API: default_storage.save(name, f), FileSystemStorage(...).save(name, f).
      const content = args[1] ?? keyword(n, 'content');
      const stored = content ? uploadIn(content, fn) : null;
      if (stored) out.push({ call: n, room: stored, destination: null, name: args[0] ?? keyword(n, 'name') });
      continue;
    }
    const callee = ctx.names.qualifiedName(f) ?? '';
    if (callee === 'shutil.copyfileobj' && args[0] && args[1]) {
      const room = uploadContent(args[0], fn) ?? uploadIn(args[0], fn);
      const dst = args[1].type === 'identifier' ? openedFor(args[1].text, fn, ctx) : null;
      if (room) out.push({ call: n, room, destination: dst, name: dst });
      continue;
    }
    if (tail === 'write' && f?.type === 'attribute' && args[0]) {
      const room = uploadContent(args[0], fn);
      const target = f.childForFieldName('object');
      const dst = target?.type === 'identifier' ? openedFor(target.text, fn, ctx) : null;
      if (room) out.push({ call: n, room, destination: dst, name: dst });
      continue;
    }
    if ((tail === 'write_bytes' || tail === 'write_text') && f?.type === 'attribute' && args[0]) {
      const room = uploadContent(args[0], fn);
      if (room) out.push({ call: n, room, destination: f.childForFieldName('object'), name: f.childForFieldName('object') });
    }
  }
  return out;
}

/** A function's own text, for the rules that ask whether it checks anything at all. */
export function ownText(fn: SyntaxNode): string {
  return fn.childForFieldName('body')?.text ?? '';
}

/** Names and path segments of folders a web server publishes. */
const PUBLIC = /(^|[^A-Za-z])(static|public|wwwroot|htdocs|public_html)([^A-Za-z]|$)|static_folder|STATIC_ROOT|STATICFILES_DIRS|MEDIA_ROOT/;

/** The part of a destination that names a published folder, following local names. */
export function publicPart(dst: SyntaxNode, fn: SyntaxNode): SyntaxNode | null {
  const isPublic = (n: SyntaxNode) => (n.type === 'string' || n.type === 'attribute' || n.type === 'identifier') && PUBLIC.test(n.text);
  const local = findInValue(dst, fn, { hops: 4, hit: isPublic });
  if (local) return local;
  // A folder named once at module level: `PUBLIC_DOCS = os.path.join(BASE, "public", "docs")`.
  const globals = moduleConstants(rootOf(fn));
  return findInValue(dst, fn, { hops: 4, hit: (n) => n.type === 'identifier' && !localDefs(fn).values.has(n.text) && globals.has(n.text) && findInValue(globals.get(n.text)!, null, { hit: isPublic }) !== null });
}

/** `NAME = value` at a module's top level, by name (the last one wins). */
export function moduleConstants(root: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const stmt of root.namedChildren) {
    const a = stmt.type === 'expression_statement' ? stmt.namedChild(0) : null;
    const left = a?.type === 'assignment' ? a.childForFieldName('left') : null;
    const right = a?.childForFieldName('right');
    if (left?.type === 'identifier' && right) out.set(left.text, right);
  }
  return out;
}
