// Flask-WTF's `@csrf.exempt` on a Flask view that changes state: CSRFProtect (installed with
// `CSRFProtect(app)` or `csrf.init_app(app)`) checks every form post but that view's. The Django
// sibling is csrf-exempt.ts; the tiers follow it: a view that verifies a signature is left alone, one
// that authenticates callers by a token or key is a hotspot, and a view of a cookie-session app
// (Flask-Login, `session`) is a vulnerability. With no sign of either it stays a hotspot: CSRF only
// matters where the browser sends an ambient credential.
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { decoratorsOf, descendants } from '../support/classes.js';
import { machineAuthentication } from '../support/machine-auth.js';
import { keywordArgument } from '../support/calls.js';

const CSRF_PROTECT = new Set(['flask_wtf.csrf.CSRFProtect', 'flask_wtf.CSRFProtect', 'flask_wtf.csrf.CsrfProtect']);
const WRITE_VERBS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const VERB_DECORATORS = new Set(['post', 'put', 'patch', 'delete']);
const BODY_ATTRS = new Set(['form', 'files', 'json', 'data', 'get_json', 'values']);
const TOKEN_HEADERS = /^(authorization|x-api-key|x-auth-token|api-key|x-access-token)$/i;
const SIGNATURE = /signature|construct_event|verify_webhook/i;

/** Local names bound to a CSRFProtect instance in this file (`csrf = CSRFProtect(app)`). */
function csrfNames(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const n of descendants(ctx.tree.rootNode)) {
    if (n.type !== 'assignment') continue;
    const left = n.childForFieldName('left');
    const right = n.childForFieldName('right');
    if (left?.type === 'identifier' && right?.type === 'call' && CSRF_PROTECT.has(ctx.names.qualifiedName(right.childForFieldName('function')) ?? '')) out.add(left.text);
  }
  return out;
}

/** The `@csrf.exempt` decorator of a function, where `csrf` is a CSRFProtect (bound here, or imported under a csrf name). */
function exemptDecorator(fn: SyntaxNode, ctx: RuleContext, local: Set<string>): SyntaxNode | null {
  const wrapper = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  for (const d of wrapper?.namedChildren ?? []) {
    if (d.type !== 'decorator') continue;
    const expr = d.namedChildren.find((c) => c.type !== 'comment');
    if (expr?.type !== 'attribute' || expr.childForFieldName('attribute')?.text !== 'exempt') continue;
    const recv = expr.childForFieldName('object');
    if (recv?.type !== 'identifier') continue;
    if (local.has(recv.text)) return d;
    const imported = ctx.names.qualifiedName(recv);
    if (imported && imported !== `${ctx.module}.${recv.text}` && /csrf/i.test(recv.text)) return d;
  }
  return null;
}

/** Evidence that the view changes state: a write-verb route, or a read of the request body. */
function handlesWrites(fn: SyntaxNode, ctx: RuleContext): string | null {
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
function tokenAuthentication(fn: SyntaxNode, ctx: RuleContext): string | null {
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

function verifiesSignature(fn: SyntaxNode, ctx: RuleContext): boolean {
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
function cookieSession(fn: SyntaxNode, ctx: RuleContext): string | null {
  for (const d of decoratorsOf(fn, ctx)) if (d.name?.startsWith('flask_login.') || d.name?.startsWith('flask_security.')) return `@${d.name.split('.').pop()}`;
  for (const n of descendants(fn)) {
    if (n.type !== 'identifier') continue;
    const q = ctx.names.qualifiedName(n);
    if (q === 'flask.session' || q === 'flask_login.current_user' || q === 'flask_login.utils.current_user') return q.split('.').pop()!;
  }
  return null;
}

function checkFunction(fn: SyntaxNode, ctx: RuleContext): void {
  const exempt = exemptDecorator(fn, ctx, csrfNames(ctx));
  if (!exempt) return;
  const writes = handlesWrites(fn, ctx);
  if (!writes || verifiesSignature(fn, ctx)) return;
  const name = fn.childForFieldName('name')?.text ?? 'a view';
  const message = `@csrf.exempt on ${name}, which handles writes (${writes})`;
  const token = tokenAuthentication(fn, ctx);
  if (token) {
    ctx.report(exempt, { kind: 'hotspot', message: `${message}; it seems to authenticate callers by ${token}, not the session cookie: check that no cookie-authenticated user can reach it` });
    return;
  }
  const cookie = cookieSession(fn, ctx);
  if (cookie) ctx.report(exempt, { message: `${message} and relies on the session cookie (${cookie}): any site can submit it in the user's name` });
  else ctx.report(exempt, { kind: 'hotspot', message: `${message}; no session or token check is in sight: check how callers are authenticated` });
}

export const flaskCsrfExempt = defineRule({
  id: 'PY-FLASK-CSRF-EXEMPT',
  title: 'Flask-WTF CSRF protection switched off on a state-changing view',
  cwe: [352],
  asvs: { '5.0.0': ['V3.5.1'], '4.0.3': ['V4.2.2', 'V13.2.3'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  needs: [{ kind: 'request_handlers' }],
  frameworks: ['flask'],
  docs: {
    what:
      'Finds @csrf.exempt (a Flask-WTF CSRFProtect bound in the file, or imported under a csrf name) on Flask views that handle writes ' +
      '(a post/put/patch/delete route, methods with a write verb, or reading request.form/files/json/data/get_json). ' +
      'A vulnerability when the view relies on the session cookie (a Flask-Login or Flask-Security decorator, current_user, session); ' +
      'a hotspot when it authenticates callers by a token or key (an Authorization or X-Api-Key header read in the view or a helper of the file it calls, ' +
      'request.authorization, an *_auth decorator) or shows no credential at all. Views that verify a signature or HMAC (webhooks) are not reported.',
    why: 'CSRFProtect checks every form post except the exempt views: a page on any other site can submit those in a logged-in user\'s name, with their cookies.',
    example: '@app.post("/account/transfer")\n@login_required\n@csrf.exempt\ndef transfer():\n    move(current_user.id, request.form["to"], request.form["amount"])',
    fix: 'Remove @csrf.exempt and send the token (the X-CSRFToken header for fetch); exempt only APIs authenticated by a token, or verify a signature for webhooks.',
    references: ['https://cwe.mitre.org/data/definitions/352.html', 'https://flask-wtf.readthedocs.io/en/stable/csrf/'],
  },
  visit: { function_definition: checkFunction },
});
