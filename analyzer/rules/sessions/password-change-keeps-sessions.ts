// A changed password that leaves the thief's session alive changes nothing for the thief. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { handlerOf, isRegistrationHandler, type Handler } from '../support/handlers.js';
import { callTail, ownNodes } from '../support/local-flow.js';
import { mentionsPassword } from '../support/security-names.js';
import { nameWords } from '../support/names-of-values.js';
import { endsSession, rotatesSession } from '../support/sessions.js';
import { isTestPath } from '../support/test-paths.js';

const PASSWORD_ATTRS = /^(password|password_hash|hashed_password|passwd|pwd|pw_hash)$/;
// Attributes whose change invalidates existing sessions or tokens (a session version, Flask-Security's fs_uniquifier).
const SESSION_MARKERS = /(session|token|uniquifier|nonce|version|generation|epoch|revoked|jti)/i;

function isPasswordChangeHandler(h: Handler): boolean {
  if (isRegistrationHandler(h)) return false;
  const words = [...nameWords(h.name), ...h.paths.flatMap((p) => nameWords(p))];
  return mentionsPassword(words.join('_')) || words.includes('pw');
}

function check(fn: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const h = handlerOf(fn, ctx);
  if (!h || h.kind === 'error-handler' || isRegistrationHandler(h)) return;
  const setsPassword = ownNodes(fn).some((n) => n.type === 'call' && callTail(n) === 'set_password');
  if (!isPasswordChangeHandler(h) && !setsPassword) return;
  let change: SyntaxNode | null = null;
  for (const n of ownNodes(fn)) {
    if (n.type === 'call') {
      const tail = callTail(n);
      if (tail === 'update_session_auth_hash' || endsSession(n) || rotatesSession(n)) return;
      if (/(invalidate|revoke|logout|terminate|flush)/i.test(tail)) return;
      if (tail === 'set_password' || tail === 'change_password' && n.childForFieldName('function')?.type === 'attribute') change ??= n;
      if (tail === 'delete' && /Session|sessions/.test(n.text)) return;
    } else if (n.type === 'assignment' || n.type === 'augmented_assignment') {
      const left = n.childForFieldName('left');
      const attr = left?.type === 'attribute' ? (left.childForFieldName('attribute')?.text ?? '') : '';
      if (PASSWORD_ATTRS.test(attr)) change ??= n;
      else if (attr && SESSION_MARKERS.test(attr)) return;
    }
  }
  if (!change) return;
  // Django's set_password changes the session auth hash: every session opened with the old password
  // (this one too, unless update_session_auth_hash keeps it) stops working by itself.
  // DRF tokens and JWTs do not hang on that hash: a token-authenticated view must revoke them itself.
  const tokenAuth = /(TokenAuthentication|JWTAuthentication|JSONWebTokenAuthentication|rest_framework\.authtoken|knox)/.test(ctx.source);
  if (change.type === 'call' && !tokenAuth && (h.framework === 'django' || ctx.fileFrameworks.has('django') || ctx.fileFrameworks.has('drf'))) return;
  ctx.report(change, { message: `Password changed in ${h.name}() without ending the user's other sessions (update_session_auth_hash / session rotation / token revocation)` });
}

export const passwordChangeKeepsSessions = defineRule({
  id: 'PY-SESSION-PASSWORD-CHANGE',
  title: 'Password change leaves existing sessions valid',
  cwe: [613],
  asvs: { '5.0.0': ['V7.4.3'], '4.0.3': ['V3.3.3'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds password change and reset handlers that set a new password (an assignment to the password or hash field, or ' +
      'set_password outside Django) but never rotate or flush the session, log out, revoke tokens, or bump a session version ' +
      'field. Django\'s set_password is not reported: the session auth hash changes with it, which ends the other sessions.',
    why: 'Users change their password because someone else may have it: sessions and tokens opened with the old one must stop working.',
    example: 'current_user.password_hash = generate_password_hash(form.new_password.data)\ndb.session.commit()',
    fix: 'current_user.session_version += 1  # checked by the user loader; or logout_user() and session.clear()',
    references: [
      'https://cwe.mitre.org/data/definitions/613.html',
      'https://docs.djangoproject.com/en/stable/topics/auth/default/#session-invalidation-on-password-change',
    ],
  },
  visit: { function_definition: check },
});
