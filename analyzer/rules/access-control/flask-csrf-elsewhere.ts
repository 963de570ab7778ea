// Flask-WTF's check switched off where the view itself does not show it: `csrf.exempt(bp)` in the
// app module exempts every view of a blueprint defined in another, and a FlaskForm whose
// `class Meta: csrf = False` (in forms.py) carries no token, which matters when no CSRFProtect
// checks the app's posts instead. Each file records the half it sees as a trait (the exempted
// blueprint, the token-less form, CSRFProtect installed); a view relying on the session cookie
// reports through it (analyzer/taint/through.ts), so the finding stands only once the project
// shows the other half. Views that authenticate by a token or verify a signature are left out.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { PROJECT_WIDE } from '../../taint/through.js';
import { functionId, projectCallee } from '../support/helper-calls.js';
import { classAssignments, descendants, nestedClass } from '../support/classes.js';
import { CSRF_PROTECT, cookieSession, csrfNames, exemptDecorator, handlesWrites, isCsrfObject, tokenAuthentication, verifiesSignature } from '../support/flask-csrf-views.js';

const EXEMPT_HOLDER = 'flask-csrf-exempt';
const TOKENLESS_FORM = 'flask-wtf-form-without-csrf';
const CSRF_INSTALLED = 'flask-csrfprotect';
const ROUTE_METHODS = new Set(['route', 'get', 'post', 'put', 'patch', 'delete']);

/** The module-level object an expression names: imported, or assigned in this module (`bp = Blueprint(…)`). */
function globalName(n: SyntaxNode, ctx: RuleContext): string | null {
  const q = ctx.names.qualifiedName(n);
  if (q) return q;
  return n.type === 'identifier' ? `${ctx.module}.${n.text}` : null;
}

/** `CSRFProtect(…)` anywhere in the project, and `csrf.exempt(bp)` called on a blueprint (or view). */
export function noteCsrfCall(call: SyntaxNode, ctx: RuleContext): void {
  if (!ctx.trait) return;
  const f = call.childForFieldName('function');
  if (CSRF_PROTECT.has(ctx.names.qualifiedName(f) ?? '')) {
    ctx.trait(PROJECT_WIDE, CSRF_INSTALLED);
    return;
  }
  if (f?.type !== 'attribute' || f.childForFieldName('attribute')?.text !== 'exempt') return;
  if (!isCsrfObject(f.childForFieldName('object'), ctx, csrfNames(ctx))) return;
  const arg = call.childForFieldName('arguments')?.namedChildren.find((c) => c.type !== 'comment');
  const target = arg ? globalName(arg, ctx) : null;
  if (target) ctx.trait(target, EXEMPT_HOLDER);
}

/** A form class whose inner `class Meta:` sets `csrf = False`: Flask-WTF adds no token field to it. */
export function noteTokenlessForm(cls: SyntaxNode, ctx: RuleContext): void {
  if (!ctx.trait) return;
  const meta = nestedClass(cls, 'Meta');
  const v = meta ? ctx.constant(classAssignments(meta).get('csrf')) : undefined;
  const id = functionId(cls, ctx);
  if (v?.kind === 'bool' && !v.value && id) ctx.trait(id, TOKENLESS_FORM);
}

/** The route decorators of a view (`@bp.post("/email")`), each with its app or blueprint's qualified name. */
function routes(fn: SyntaxNode, ctx: RuleContext): Array<{ at: SyntaxNode; holder: string; text: string }> {
  const wrapper = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  const out: Array<{ at: SyntaxNode; holder: string; text: string }> = [];
  for (const d of wrapper?.namedChildren ?? []) {
    const expr = d.type === 'decorator' ? d.namedChildren.find((c) => c.type !== 'comment') : null;
    const callee = expr?.type === 'call' ? expr.childForFieldName('function') : null;
    if (callee?.type !== 'attribute' || !ROUTE_METHODS.has(callee.childForFieldName('attribute')?.text ?? '')) continue;
    const recv = callee.childForFieldName('object');
    const holder = recv ? globalName(recv, ctx) : null;
    if (recv && holder && !out.some((r) => r.holder === holder)) out.push({ at: d, holder, text: recv.text });
  }
  return out;
}

/** Calls in the view to a capitalised project name (`ChangePasswordForm()`): the forms it may build. */
function constructions(fn: SyntaxNode, ctx: RuleContext): Array<{ call: SyntaxNode; callee: string; name: string }> {
  const out: Array<{ call: SyntaxNode; callee: string; name: string }> = [];
  for (const n of descendants(fn.childForFieldName('body') ?? fn)) {
    if (n.type !== 'call') continue;
    const name = n.childForFieldName('function')?.text.split('.').pop() ?? '';
    const callee = /^[A-Z]/.test(name) ? projectCallee(n, ctx) : null;
    if (callee) out.push({ call: n, callee, name });
  }
  return out;
}

/** A session-cookie view that handles writes: reported if its blueprint is exempted, or it builds a token-less form in an app without CSRFProtect. */
export function checkElsewhere(fn: SyntaxNode, ctx: RuleContext): void {
  if (!ctx.reportThrough) return;
  const held = routes(fn, ctx);
  if (held.length === 0) return;
  const writes = handlesWrites(fn, ctx);
  if (!writes || verifiesSignature(fn, ctx) || tokenAuthentication(fn, ctx)) return;
  const cookie = cookieSession(fn, ctx);
  if (!cookie) return;
  const name = fn.childForFieldName('name')?.text ?? 'a view';
  const does = `${name} handles writes (${writes}) and relies on the session cookie (${cookie})`;
  // A view exempted by its own decorator is reported by the decorator rule already.
  if (!exemptDecorator(fn, ctx, csrfNames(ctx))) {
    for (const r of held) {
      ctx.reportThrough(r.at, { message: `${does}, but csrf.exempt(${r.text}) exempts its whole blueprint from CSRFProtect: any site can submit it in the user's name` }, { callee: r.holder, trait: EXEMPT_HOLDER });
    }
  }
  for (const c of constructions(fn, ctx)) {
    ctx.reportThrough(
      c.call,
      { message: `${does} with ${c.name}, whose Meta sets csrf = False, and no CSRFProtect checks the app's posts: any site can submit it in the user's name` },
      { callee: c.callee, trait: TOKENLESS_FORM, unlessProject: CSRF_INSTALLED },
    );
  }
}
