// Request handlers as the auth, session and sensitive-data rules see them: Flask and FastAPI routes
// (by decorator), Django and DRF views (a `request` parameter), error handlers, and what a handler
// is for (logging in, logging out, changing a password), judged by its name and route path.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { decoratorsOf } from './classes.js';
import { nameWords } from './names-of-values.js';
import { stringLiteralText } from './string-literals.js';
import { keywordArgument, positionalArguments } from './calls.js';
import { frameworkErrorHandler } from './error-handlers.js';

export interface Handler {
  fn: SyntaxNode;
  name: string;
  /** Route paths declared on the function (`@app.route("/login")`). */
  paths: string[];
  /** HTTP methods the route accepts when declared; Flask's default is GET only. */
  methods: string[] | null;
  kind: 'route' | 'view' | 'error-handler';
  /** The framework the route decorator belongs to, when one was seen. */
  framework: 'flask' | 'fastapi' | 'django' | null;
}

const VIEW_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'dispatch', 'list', 'retrieve', 'create', 'update', 'partial_update', 'destroy', 'form_valid', 'form_invalid']);

function enclosingClassName(fn: SyntaxNode): string | null {
  let cur = fn.parent;
  if (cur?.type === 'decorated_definition') cur = cur.parent;
  if (cur?.type === 'block') cur = cur.parent;
  return cur?.type === 'class_definition' ? (cur.childForFieldName('name')?.text ?? null) : null;
}

const VERB_DECORATORS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
const ERROR_DECORATORS = new Set(['errorhandler', 'exception_handler', 'app_errorhandler', 'register_error_handler']);

function decoratorTail(d: { node: SyntaxNode; call: SyntaxNode | null }): string {
  const expr = d.call ? d.call.childForFieldName('function') : d.node.namedChildren.find((c) => c.type !== 'comment');
  if (!expr) return '';
  if (expr.type === 'attribute') return expr.childForFieldName('attribute')?.text ?? '';
  return expr.type === 'identifier' ? expr.text : '';
}

function stringsOf(node: SyntaxNode | undefined): string[] {
  if (!node) return [];
  const s = stringLiteralText(node);
  if (s !== null) return [s];
  if (node.type === 'list' || node.type === 'tuple' || node.type === 'set') return node.namedChildren.flatMap((c) => stringsOf(c));
  return [];
}

/**
 * Per function node and file context: a function's every statement asks several rules' question
 * again. The compact tree keeps one object per node; tree-sitter's own nodes simply miss.
 */
const handlers = new WeakMap<SyntaxNode, { ctx: RuleContext; handler: Handler | null }>();

/** The handler a function is, or null for ordinary functions (shared: never modify it). */
export function handlerOf(fn: SyntaxNode, ctx: RuleContext): Handler | null {
  if (fn.type !== 'function_definition') return null;
  const hit = handlers.get(fn);
  if (hit && hit.ctx === ctx) return hit.handler;
  const handler = readHandler(fn, ctx);
  handlers.set(fn, { ctx, handler });
  return handler;
}

function readHandler(fn: SyntaxNode, ctx: RuleContext): Handler | null {
  const name = fn.childForFieldName('name')?.text ?? '';
  const paths: string[] = [];
  let methods: string[] | null = null;
  let kind: Handler['kind'] | null = null;
  let framework: Handler['framework'] = null;
  for (const d of decoratorsOf(fn, ctx)) {
    const tail = decoratorTail(d);
    const q = d.name ?? '';
    if (ERROR_DECORATORS.has(tail)) {
      kind = 'error-handler';
      continue;
    }
    if (tail === 'route' || tail === 'api_route' || (VERB_DECORATORS.has(tail) && d.call)) {
      kind = 'route';
      framework = q.startsWith('fastapi') || ctx.fileFrameworks.has('fastapi') ? 'fastapi' : 'flask';
      if (d.call) {
        paths.push(...stringsOf(positionalArguments(d.call)[0] ?? keywordArgument(d.call, 'rule') ?? keywordArgument(d.call, 'path')));
        if (VERB_DECORATORS.has(tail)) methods = [...(methods ?? []), tail.toUpperCase()];
        else {
          const m = keywordArgument(d.call, 'methods');
          methods = m ? stringsOf(m).map((s) => s.toUpperCase()) : framework === 'flask' ? ['GET'] : null;
        }
      }
    } else if (tail === 'api_view' || tail === 'action') {
      kind = 'view';
      framework = 'django';
      const m = d.call ? (positionalArguments(d.call)[0] ?? keywordArgument(d.call, 'methods')) : undefined;
      methods = m ? stringsOf(m).map((s) => s.toUpperCase()) : ['GET'];
    } else if (/^(require_(GET|POST|http_methods|safe)|login_required|permission_required|csrf_exempt|never_cache|sensitive_post_parameters)$/.test(tail)) {
      kind ??= 'view';
      framework ??= 'django';
    }
  }
  const params = (fn.childForFieldName('parameters')?.namedChildren ?? []).map((p) =>
    p.type === 'identifier' ? p.text : ((p.childForFieldName('name') ?? p.namedChildren.find((c) => c.type === 'identifier'))?.text ?? ''),
  );
  const isMethod = params[0] === 'self' || params[0] === 'cls';
  if (!kind && frameworkErrorHandler(fn, ctx)) kind = 'error-handler';
  if (!kind) {
    const first = isMethod ? params[1] : params[0];
    // A method taking the request is a view only when the framework calls it: get/post/dispatch …
    // (cleanse_special_types(self, request, value) is a helper of a view).
    if ((first === 'request' || first === 'req') && (!isMethod || VIEW_METHODS.has(name))) {
      kind = 'view';
      framework = ctx.fileFrameworks.has('django') || ctx.fileFrameworks.has('drf') ? 'django' : null;
    }
  }
  if (!kind) return null;
  // `LoginView.post`: in a class-based view, the class says what the handler is for.
  const cls = isMethod ? enclosingClassName(fn) : null;
  return { fn, name: cls ? `${cls}.${name}` : name, paths, methods, kind, framework };
}

/** `_get_ec2_credentials(request)`, `get_context(request)`: a helper given the request, not the view answering it. */
export function isHelperOfView(h: Handler): boolean {
  const last = h.name.split('.').pop() ?? h.name;
  return h.kind === 'view' && (last.startsWith('_') || last.startsWith('get_'));
}

/** The handler enclosing a node, looking through nested functions to the nearest def. */
export function enclosingHandler(node: SyntaxNode, ctx: RuleContext): Handler | null {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (cur.type === 'function_definition') return handlerOf(cur, ctx);
  }
  return null;
}

function pathWords(h: Handler): string[] {
  return h.paths.flatMap((p) => nameWords(p));
}

function has(words: readonly string[], a: string, b?: string): boolean {
  if (!b) return words.includes(a);
  return words.some((w, i) => w === a && words[i + 1] === b);
}

/** A handler that logs a user in or issues a token for credentials. */
export function isLoginHandler(h: Handler): boolean {
  if (isHelperName(h.name) && h.kind !== 'route' && !/^(get_token|get_auth_token|get_access_token)$/.test(h.name)) return false;
  for (const words of [nameWords(h.name), pathWords(h)]) {
    if (words.some((w) => w === 'login' || w === 'signin' || w === 'logon') || has(words, 'log', 'in') || has(words, 'sign', 'in')) return true;
    if (words.includes('required')) continue;
    if (has(words, 'token') && words.some((w) => ['obtain', 'get', 'issue', 'create', 'login', 'auth', 'api', 'access'].includes(w))) return true;
    if (words.length <= 2 && (words[0] === 'authenticate' || words[0] === 'auth' || words[0] === 'token')) return true;
  }
  return false;
}

// `get_logout_redirect_url`, `optional_logout` (a template tag), `is_login_required`: about the action, not doing it.
const HELPER_WORDS = new Set(['reason', 'add', 'url', 'redirect', 'link', 'template', 'tag', 'optional', 'is', 'has', 'should', 'can', 'required', 'form', 'button', 'page', 'message', 'next']);

function isHelperName(name: string): boolean {
  const words = nameWords(name.split('.').pop() ?? name);
  return words.some((w) => HELPER_WORDS.has(w)) || words[0] === 'get' || words[0] === 'render';
}

export function isLogoutHandler(h: Handler): boolean {
  if (isHelperName(h.name) && h.kind !== 'route') return false;
  for (const words of [nameWords(h.name), pathWords(h)]) {
    if (words.some((w) => w === 'logout' || w === 'signout' || w === 'logoff') || has(words, 'log', 'out') || has(words, 'sign', 'out')) return true;
  }
  return false;
}

/** Registration creates an account: its first password needs no session rotation. */
export function isRegistrationHandler(h: Handler): boolean {
  const words = [...nameWords(h.name), ...pathWords(h)];
  return words.some((w) => ['register', 'registration', 'signup', 'join', 'create', 'new', 'add', 'invite', 'onboard'].includes(w)) || has(words, 'sign', 'up');
}

/** The route accepts GET only (or GET among its methods). */
export function acceptsGet(h: Handler): boolean {
  return h.methods !== null && h.methods.includes('GET');
}
