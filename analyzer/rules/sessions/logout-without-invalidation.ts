// "logged out" while the session token still works. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { handlerOf, isLogoutHandler } from '../support/handlers.js';
import { callsIn, callTail } from '../support/local-flow.js';
import { enclosingClass } from '../support/names-of-values.js';
import { baseNames as classBases } from '../support/classes.js';
import { endsSession } from '../support/sessions.js';
import { isTestPath } from '../support/test-paths.js';

function check(fn: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const h = handlerOf(fn, ctx);
  if (!h || h.kind === 'error-handler' || !isLogoutHandler(h)) return;
  const cls = enclosingClass(fn);
  if (cls && classBases(cls, ctx).some((b) => /LogoutView$/.test(b))) return;
  const calls = callsIn(fn);
  if (calls.some(endsSession)) return;
  // A project helper named for the job (do_logout, clear_session) is trusted to do it; super() too.
  if (calls.some((c) => /(logout|signout|session|super)/i.test(callTail(c)) || /^super\(\)|Logout\w*\.as_view|^self\.(get|post|dispatch|logout\w*)\(/.test(c.text))) return;
  ctx.report(fn.childForFieldName('name') ?? fn, { message: `Logout handler ${h.name}() does not end the session (no logout(), flush(), session.clear() or token revocation)` });
}

export const logoutWithoutInvalidation = defineRule({
  id: 'PY-SESSION-LOGOUT-KEEPS-SESSION',
  title: 'Logout does not end the session',
  cwe: [613],
  asvs: { '5.0.0': ['V7.4.1'], '4.0.3': ['V3.3.1'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds logout handlers (by name or route) that neither call logout() / logout_user(), nor flush or clear the session, ' +
      'nor revoke the token (token.delete(), blacklist(), unset_jwt_cookies): removing one key or a cookie is not logging out.',
    why: 'The old session id or token keeps working: anyone who copied it, or the next person at a shared computer, is still logged in.',
    example: '@app.route("/logout")\ndef logout():\n    session.pop("user_id", None)\n    return redirect("/")',
    fix: 'logout_user(); session.clear()  # Django: django.contrib.auth.logout(request) flushes the session',
    byFramework: {
      django: { example: "def logout_view(request):\n    del request.session[\"user_id\"]\n    return redirect(\"/\")", fix: "from django.contrib.auth import logout\nlogout(request)  # flushes the session and rotates its key" },
    },
    references: ['https://cwe.mitre.org/data/definitions/613.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#manual-session-expiration'],
  },
  visit: { function_definition: check },
});
