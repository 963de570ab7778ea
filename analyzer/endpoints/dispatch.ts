// How a handler that receives every request tells them apart itself, read in the worker: an
// http.server `do_GET` comparing `self.path` (or `urlparse(self.path).path`) with literals, a bare
// WSGI callable comparing `environ["PATH_INFO"]` and `REQUEST_METHOD`. Each `if` / `elif` branch
// that compares the path with a string literal is a route of its own; anything else (a dict of
// handlers, a regex, a computed path) is not read, and the handler stays one route for every path.
// A credentials check is an `if` that reads the Authorization header, a cookie or a token (or calls
// a helper, judged by its code on the main thread) and answers 401/403 or returns early.
import type { SyntaxNode } from '../rule.js';

/** An `if` on the caller's credentials whose branch turns the caller away. */
export interface CredentialsGate {
  line: number;
  text: string;
  /** The condition reads credentials itself (a header, cookie, token) and the branch answers 401/403. */
  direct: boolean;
  /** Functions and methods the condition calls (`self.authorized`, `check_auth`): a helper that reads credentials and rejects counts. */
  helpers: string[];
}

export interface DispatchBranch {
  /** Literal paths the branch's condition compares with; `prefix` for `startswith`. */
  paths: Array<{ path: string; prefix: boolean }>;
  /** Methods the condition also requires (`REQUEST_METHOD == "POST"`), upper case; empty when it does not say. */
  methods: string[];
  line: number;
  endLine: number;
  gate: CredentialsGate | null;
  /** Methods of its own class the branch hands the request to (`return self.grant(environ, …)`): their checks are the branch's. */
  delegates?: string[];
}

export interface DispatchFact {
  branches: DispatchBranch[];
  /** A credentials check among the function's own statements before it dispatches: it covers every branch. */
  gate: CredentialsGate | null;
  /** The function passes the request on to another WSGI application (`self.app(environ, start_response)`): a middleware. */
  forwards: boolean;
  /** Methods the whole function compares the request's method with, outside the branches. */
  methods: string[];
}

const CREDENTIALS = /\bauthorization\b|\bcookie\b|\bHTTP_AUTHORIZATION\b|\bHTTP_COOKIE\b|\bapi[_-]?key\b|\btoken\b|\bauth\b|\bsession\b|\bpassword\b/i;
const REJECT = /\b(?:send_error|send_response)\s*\(\s*(?:40[13]\b|HTTPStatus\.(?:UNAUTHORIZED|FORBIDDEN)|http\.HTTPStatus\.(?:UNAUTHORIZED|FORBIDDEN))|\bstart_response\s*\(\s*(?:f?['"]40[13]\b|HTTPStatus)|\bWWW-Authenticate\b|\braise\b/;
const SOLE_RETURN = /^\s*return\b[^\n]*$/;

const str = (s: string) => s.replace(/^[rbuRBU]*(['"])(.*)\1$/s, '$2');

/** The names that hold the request's path and method inside the function, found from its assignments. */
function pathNames(fn: SyntaxNode): { path: RegExp; method: RegExp } {
  const pathVars: string[] = [];
  const parsedVars: string[] = [];
  const methodVars: string[] = [];
  // `request.path` of a werkzeug `@Request.application`.
  const PATH_SRC = /\bself\.path\b|['"]PATH_INFO['"]|\brequest\.path\b/;
  for (const a of fn.descendantsOfType('assignment')) {
    const left = a.childForFieldName('left');
    const right = a.childForFieldName('right')?.text ?? '';
    if (left?.type !== 'identifier') continue;
    if (/^(?:urllib\.parse\.)?(?:urlparse|urlsplit)\s*\(\s*self\.path\s*\)$/.test(right)) parsedVars.push(left.text);
    else if (PATH_SRC.test(right) && !/\bQUERY_STRING\b|\.query\b|parse_qs/.test(right)) pathVars.push(left.text);
    else if (/['"]REQUEST_METHOD['"]|\bself\.command\b/.test(right)) methodVars.push(left.text);
  }
  const pathExpr = [
    String.raw`(?:(?:urllib\.parse\.)?(?:urlparse|urlsplit)\(\s*self\.path\s*\)\.path)`,
    String.raw`self\.path(?:\.split\([^)]*\)\[0\])?`,
    String.raw`request\.path`,
    String.raw`environ(?:\[\s*['"]PATH_INFO['"]\s*\]|\.get\(\s*['"]PATH_INFO['"][^)]*\))`,
    ...pathVars.map((v) => `\\b${v}\\b`),
    ...parsedVars.map((v) => `\\b${v}\\.path\\b`),
  ].join('|');
  const methodExpr = [String.raw`environ(?:\[\s*['"]REQUEST_METHOD['"]\s*\]|\.get\(\s*['"]REQUEST_METHOD['"][^)]*\))`, String.raw`self\.command`, String.raw`request\.method`, ...methodVars.map((v) => `\\b${v}\\b`)].join('|');
  return { path: new RegExp(`(?:${pathExpr})(?:\\.(?:rstrip|lower|strip)\\([^)]*\\))*`), method: new RegExp(`(?:${methodExpr})(?:\\.upper\\(\\))?`) };
}

const LITERAL = String.raw`(?:[rbuRBU]*'[^'\n]*'|[rbuRBU]*"[^"\n]*")`;

function literalsIn(text: string): string[] {
  return [...text.matchAll(new RegExp(LITERAL, 'g'))].map((m) => str(m[0]));
}

/** The literal paths a condition compares the path with. */
function pathsOf(cond: string, path: RegExp): DispatchBranch['paths'] {
  const p = path.source;
  const out: DispatchBranch['paths'] = [];
  for (const m of cond.matchAll(new RegExp(`(?:${p})\\s*==\\s*(${LITERAL})|(${LITERAL})\\s*==\\s*(?:${p})`, 'g'))) out.push({ path: str(m[1] ?? m[2]!), prefix: false });
  for (const m of cond.matchAll(new RegExp(`(?:${p})\\s+in\\s+([\\[({][^\\])}]*[\\])}])`, 'g'))) for (const l of literalsIn(m[1]!)) out.push({ path: l, prefix: false });
  for (const m of cond.matchAll(new RegExp(`(?:${p})\\.startswith\\(\\s*(${LITERAL}|\\([^)]*\\))`, 'g'))) for (const l of m[1]!.startsWith('(') ? literalsIn(m[1]!) : [str(m[1]!)]) out.push({ path: l, prefix: true });
  return out.filter((x) => x.path.startsWith('/'));
}

function methodsOf(cond: string, method: RegExp): string[] {
  const p = method.source;
  const out = new Set<string>();
  // `!=` and `not in` too: a callable that turns other methods away answers the ones it names.
  for (const m of cond.matchAll(new RegExp(`(?:${p})\\s*[!=]=\\s*(${LITERAL})|(${LITERAL})\\s*[!=]=\\s*(?:${p})`, 'g'))) out.add(str(m[1] ?? m[2]!).toUpperCase());
  for (const m of cond.matchAll(new RegExp(`(?:${p})\\s+(?:not\\s+)?in\\s+([\\[({][^\\])}]*[\\])}])`, 'g'))) for (const l of literalsIn(m[1]!)) out.add(l.toUpperCase());
  return [...out].filter((m) => /^[A-Z]+$/.test(m));
}

function calleesOf(cond: SyntaxNode): string[] {
  return cond.descendantsOfType('call').map((c) => c.childForFieldName('function')?.text ?? '').filter((t) => /^(?:self\.)?\w+$/.test(t)).slice(0, 8);
}

/** The first credentials check among these statements (not descending into nested functions). */
function gateIn(stmts: readonly SyntaxNode[], path: RegExp): CredentialsGate | null {
  for (const s of stmts) {
    if (s.type !== 'if_statement') continue;
    const cond = s.childForFieldName('condition');
    const body = s.childForFieldName('consequence');
    if (!cond || !body || pathsOf(cond.text, path).length > 0) continue;
    const rejects = REJECT.test(body.text);
    const direct = CREDENTIALS.test(cond.text) && rejects;
    const helpers = calleesOf(cond);
    // `if not self.authorized(): return` — the helper answers 401 itself.
    const early = rejects || body.namedChildren.filter((c) => c.type !== 'comment').some((c) => SOLE_RETURN.test(c.text));
    if (direct || (helpers.length > 0 && early)) return { line: s.startPosition.row + 1, text: cond.text.replace(/\s+/g, ' ').slice(0, 200), direct, helpers };
  }
  return null;
}

/** The if/elif chain's branches, each with its condition and block. */
function branchesOf(s: SyntaxNode): Array<{ cond: SyntaxNode; body: SyntaxNode; line: number }> {
  const out: Array<{ cond: SyntaxNode; body: SyntaxNode; line: number }> = [];
  const cond = s.childForFieldName('condition');
  const body = s.childForFieldName('consequence');
  if (cond && body) out.push({ cond, body, line: s.startPosition.row + 1 });
  for (const c of s.namedChildren) {
    if (c.type !== 'elif_clause') continue;
    const ec = c.childForFieldName('condition');
    const eb = c.childForFieldName('consequence');
    if (ec && eb) out.push({ cond: ec, body: eb, line: c.startPosition.row + 1 });
  }
  return out;
}

export function dispatchFact(fn: SyntaxNode): DispatchFact {
  const names = pathNames(fn);
  const body = fn.childForFieldName('body');
  const stmts = body?.namedChildren ?? [];
  const branches: DispatchBranch[] = [];
  let firstBranch = Infinity;
  // Branches anywhere in the function (a `with` or `try` around the dispatch), not inside nested functions.
  const ifs = (body?.descendantsOfType('if_statement') ?? []).filter((s) => {
    for (let p = s.parent; p && p !== fn; p = p.parent) if (p.type === 'function_definition') return false;
    return true;
  });
  for (const s of ifs) {
    for (const b of branchesOf(s)) {
      const paths = pathsOf(b.cond.text, names.path);
      if (paths.length === 0) continue;
      firstBranch = Math.min(firstBranch, b.line);
      branches.push({ paths, methods: methodsOf(b.cond.text, names.method), line: b.line, endLine: b.body.endPosition.row + 1, gate: gateIn(b.body.namedChildren, names.path), delegates: calleesOf(b.body).filter((c) => c.startsWith('self.')).map((c) => c.slice(5)) });
    }
  }
  const before = stmts.filter((s) => s.startPosition.row + 1 < firstBranch);
  const outside = stmts.filter((s) => !branches.some((b) => s.startPosition.row + 1 >= b.line && s.startPosition.row + 1 <= b.endLine)).map((s) => s.text).join('\n');
  return {
    branches,
    gate: gateIn(before, names.path),
    forwards: /\(\s*environ\s*,\s*start_response\s*\)/.test(stmts.map((s) => s.text).join('\n')),
    methods: branches.length === 0 ? methodsOf(outside, names.method) : [],
  };
}
