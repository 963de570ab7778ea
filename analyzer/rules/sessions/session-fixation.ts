// An identity written into a session id the attacker may have planted. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { callsIn, localDefs, ownNodes } from '../support/local-flow.js';
import { handlerOf, isLoginHandler, isLogoutHandler } from '../support/handlers.js';
import { expressionName } from '../support/expression-names.js';
import { isPasswordName } from '../support/secret-names.js';
import { isIdentityName } from '../support/sensitive-names.js';
import { clearsSession, isSessionObject, rotatesSession } from '../support/sessions.js';
import { stringLiteralText } from '../support/string-literals.js';
import { isTestPath } from '../support/test-paths.js';

const AUTH_KEYS = /^(logged_in|is_logged_in|authenticated|is_authenticated|auth|_auth_user_id|login|member|member_id|customer|principal|sub|subject|sso_\w+|oidc_\w+|identity|staff)$/i;
// A callback of SSO / OAuth / OIDC logs the user in as surely as a password form does.
const FEDERATED_LOGIN = /(authorize_access_token|exchange_code|fetch_token|verify_id_token|parse_id_token|userinfo)/;

const CHECK_CALL = /(authenticate|check_password|checkpw|verify|compare_digest|check_credentials|validate_credentials|login_check)/i;

function checksCredentials(fn: SyntaxNode): boolean {
  for (const n of ownNodes(fn)) {
    if (n.type === 'call' && CHECK_CALL.test(n.childForFieldName('function')?.text ?? '')) return true;
    if (n.type === 'comparison_operator' && n.namedChildren.some((o) => isPasswordName(expressionName(o) ?? ''))) return true;
  }
  return false;
}

/** `partner.pk` where `partner = verify_partner(code, secret)`: the id of whoever just proved who they are. */
function verifiedIdentity(value: SyntaxNode, fn: SyntaxNode | null): boolean {
  if (!fn || value.type !== 'attribute' || !/^(pk|id|uuid|username|email)$/.test(value.childForFieldName('attribute')?.text ?? '')) return false;
  const who = value.childForFieldName('object');
  if (who?.type !== 'identifier') return false;
  return (localDefs(fn).values.get(who.text) ?? []).some((v) => v.type === 'call' && CHECK_CALL.test(v.childForFieldName('function')?.text ?? ''));
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left?.type !== 'subscript' || !right || !isSessionObject(left.childForFieldName('value'), ctx)) return;
  const key = stringLiteralText(left.childForFieldName('subscript'));
  if (!key || (!isIdentityName(key) && !AUTH_KEYS.test(key) && !verifiedIdentity(right, enclosingFunction(node)))) return;
  if (right.type === 'none' || right.type === 'false') return;
  const fn = enclosingFunction(node);
  if (!fn) return;
  const h = handlerOf(fn, ctx);
  if (h && isLogoutHandler(h)) return;
  // Only a login writes identity: a login handler, or a function that checks credentials first.
  // Values stashed for a later step (allauth's stash_verified_email) are not a login.
  const federated = !!h && (/(callback|sso|oauth|oidc)/i.test(h.name + ' ' + h.paths.join(' ')) || FEDERATED_LOGIN.test(fn.text));
  if (!(h && isLoginHandler(h)) && !federated && !checksCredentials(fn)) return;
  for (const call of callsIn(fn)) {
    if (rotatesSession(call)) return;
    // Emptying the session before the identity goes in also drops what a planted session carried (Flask: a new cookie).
    if (clearsSession(call) && call.startIndex < node.startIndex) return;
  }
  ctx.report(node, { message: `${left.text} set without a new session id (cycle_key(), login() or session.clear() first): a planted session id becomes a logged-in one` });
}

export const sessionFixation = defineRule({
  id: 'PY-SESSION-FIXATION',
  title: 'Session not rotated when the user logs in',
  cwe: [384],
  asvs: { '5.0.0': ['V7.2.4'], '4.0.3': ['V3.2.1'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds custom logins that write the user\'s identity into the session (request.session["user_id"] = …, Flask ' +
      'session["user"] = …) in a function that never rotates it: no Django login() or cycle_key(), no Flask-Login ' +
      'login_user(), and no session.clear() / flush() before the write.',
    why:
      'An attacker who planted a session id in the victim\'s browser (a link, a sub-domain cookie) is logged in as the ' +
      'victim as soon as the victim logs in with it.',
    example: 'if user.check_password(pw):\n    request.session["user_id"] = user.id',
    fix: 'login(request, user)  # Django rotates the session key; or request.session.cycle_key() first (Flask: session.clear())',
    byFramework: {
      flask: { example: "if check_password_hash(user.pw, pw):\n    session[\"user_id\"] = user.id", fix: "session.clear()\nlogin_user(user)  # Flask-Login; or session.clear() then session[\"user_id\"] = user.id" },
    },
    references: ['https://cwe.mitre.org/data/definitions/384.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#renew-the-session-id-after-any-privilege-level-change'],
  },
  visit: { assignment: check },
});
