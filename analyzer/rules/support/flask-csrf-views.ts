// How a Flask view stands with respect to CSRF, read from its own code: whether it handles writes,
// how it authenticates callers (a token or key, the session cookie), whether it verifies a sender's
// signature, and which names of its file are Flask-WTF CSRFProtect objects. Shared by the rules
// that judge a view Flask-WTF's check does not cover (access-control/flask-csrf-*.ts).
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { decoratorsOf, descendants } from './classes.js';
import { machineAuthentication } from './machine-auth.js';
import { keywordArgument } from './calls.js';

export const CSRF_PROTECT = new Set(['flask_wtf.csrf.CSRFProtect', 'flask_wtf.CSRFProtect', 'flask_wtf.csrf.CsrfProtect']);
const WRITE_VERBS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const VERB_DECORATORS = new Set(['post', 'put', 'patch', 'delete']);
const BODY_ATTRS = new Set(['form', 'files', 'json', 'data', 'get_json', 'values']);
const TOKEN_HEADERS = /^(authorization|x-api-key|x-auth-token|api-key|x-access-token)$/i;
const SIGNATURE = /signature|construct_event|verify_webhook/i;

/** Local names bound to a CSRFProtect instance in this file (`csrf = CSRFProtect(app)`). */
export function csrfNames(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const n of descendants(ctx.tree.rootNode)) {
    if (n.type !== 'assignment') continue;
    const left = n.childForFieldName('left');
    const right = n.childForFieldName('right');
    if (left?.type === 'identifier' && right?.type === 'call' && CSRF_PROTECT.has(ctx.names.qualifiedName(right.childForFieldName('function')) ?? '')) out.add(left.text);
  }
  return out;
}

/** Whether `recv` names a CSRFProtect: bound in this file, or imported under a csrf name (`from app.extensions import csrf`). */
export function isCsrfObject(recv: SyntaxNode | null | undefined, ctx: RuleContext, local: Set<string>): boolean {
  if (recv?.type !== 'identifier') return false;
  if (local.has(recv.text)) return true;
  const imported = ctx.names.qualifiedName(recv);
  return !!imported && imported !== `${ctx.module}.${recv.text}` && /csrf/i.test(recv.text);
}

/** The `@csrf.exempt` decorator of a function, where `csrf` is a CSRFProtect (bound here, or imported under a csrf name). */
export function exemptDecorator(fn: SyntaxNode, ctx: RuleContext, local: Set<string>): SyntaxNode | null {
  const wrapper = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  for (const d of wrapper?.namedChildren ?? []) {
    if (d.type !== 'decorator') continue;
    const expr = d.namedChildren.find((c) => c.type !== 'comment');
    if (expr?.type === 'attribute' && expr.childForFieldName('attribute')?.text === 'exempt' && isCsrfObject(expr.childForFieldName('object'), ctx, local)) return d;
  }
  return null;
}

/** Evidence that the view changes state: a write-verb route, or a read of the request body. */
export function handlesWrites(fn: SyntaxNode, ctx: RuleContext): string | null {
  for (const d of decoratorsOf(fn, ctx)) {
    const verb = d.name?.split('.').pop() ?? '';
    if (d.call && VERB_DECORATORS.has(verb)) return `@…${verb}`;
    const methods = d.call ? ctx.constant(keywordArgument(d.call, 'methods')) : undefined;
    if ((methods?.kind === 'list' || methods?.kind === 'tuple') && methods.items.some((i) => i.kind === 'str' && WRITE_VERBS.has(i.value.toUpperCase()))) return 'methods=[…POST…]';
  }
  const body = fn.childForFieldName('body');
  for (const n of body ? descendants(body) : []) {
    if (n.type !== 'attribute') continue;
    const attr = n.childForFieldName('attribute')?.text ?? '';
    if (BODY_ATTRS.has(attr) && ctx.names.qualifiedName(n.childForFieldName('object')) === 'flask.request') return `request.${attr}`;
  }
  return null;
}

/** The functions of this file the view calls by name (`require_api_token()`), one level deep. */
function calledHere(fn: SyntaxNode, ctx: RuleContext): SyntaxNode[] {
  const defs = new Map<string, SyntaxNode>();
  for (const n of ctx.tree.rootNode.namedChildren) {
    const def = n.type === 'decorated_definition' ? n.childForFieldName('definition') : n;
    if (def?.type === 'function_definition') defs.set(def.childForFieldName('name')?.text ?? '', def);
  }
  const out: SyntaxNode[] = [];
  for (const n of descendants(fn)) {
    if (n.type !== 'call') continue;
    const f = n.childForFieldName('function');
    const def = f?.type === 'identifier' ? defs.get(f.text) : undefined;
    if (def && def !== fn && !out.includes(def)) out.push(def);
  }
  return out;
}

/** How the view (or a helper it calls) authenticates callers other than by cookie, if visibly. */
export function tokenAuthentication(fn: SyntaxNode, ctx: RuleContext): string | null {
  const machine = machineAuthentication(fn, ctx);
  if (machine) return machine;
  for (const scope of [fn, ...calledHere(fn, ctx)]) {
    for (const n of descendants(scope)) {
      if (n.type === 'string') {
        const v = ctx.constant(n);
        if (v?.kind === 'str' && TOKEN_HEADERS.test(v.value)) return `the ${v.value} header`;
      } else if (n.type === 'attribute' && n.childForFieldName('attribute')?.text === 'authorization' && ctx.names.qualifiedName(n.childForFieldName('object')) === 'flask.request') {
        return 'request.authorization';
      }
    }
  }
  return null;
}

export function verifiesSignature(fn: SyntaxNode, ctx: RuleContext): boolean {
  for (const n of descendants(fn)) {
    if (n.type !== 'call') continue;
    const f = n.childForFieldName('function');
    const q = ctx.names.qualifiedName(f) ?? '';
    const last = f?.type === 'attribute' ? (f.childForFieldName('attribute')?.text ?? '') : (f?.text ?? '');
    if (q === 'hmac.compare_digest' || q === 'secrets.compare_digest' || SIGNATURE.test(last)) return true;
  }
  return false;
}

/** A cookie-session credential in use: Flask-Login in the view or the file, or Flask's `session`. */
export function cookieSession(fn: SyntaxNode, ctx: RuleContext): string | null {
  for (const d of decoratorsOf(fn, ctx)) if (d.name?.startsWith('flask_login.') || d.name?.startsWith('flask_security.')) return `@${d.name.split('.').pop()}`;
  for (const n of descendants(fn)) {
    if (n.type !== 'identifier') continue;
    const q = ctx.names.qualifiedName(n);
    if (q === 'flask.session' || q === 'flask_login.current_user' || q === 'flask_login.utils.current_user') return q.split('.').pop()!;
  }
  return null;
}
