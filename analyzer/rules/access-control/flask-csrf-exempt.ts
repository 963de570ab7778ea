// Flask-WTF's `@csrf.exempt` on a Flask view that changes state: CSRFProtect (installed with
// `CSRFProtect(app)` or `csrf.init_app(app)`) checks every form post but that view's. The Django
// sibling is csrf-exempt.ts; the tiers follow it: a view that verifies a signature is left alone, one
// that authenticates callers by a token or key is a hotspot, and a view of a cookie-session app
// (Flask-Login, `session`) is a vulnerability. With no sign of either it stays a hotspot: CSRF only
// matters where the browser sends an ambient credential. A blueprint exempted in another file and a
// form whose Meta turns the token off are followed across files in flask-csrf-elsewhere.ts.
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { checkElsewhere, noteCsrfCall, noteTokenlessForm } from './flask-csrf-elsewhere.js';
import { cookieSession, csrfNames, exemptDecorator, handlesWrites, tokenAuthentication, verifiesSignature } from '../support/flask-csrf-views.js';

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
      'request.authorization, an *_auth decorator) or shows no credential at all. Views that verify a signature or HMAC (webhooks) are not reported. ' +
      'Across files, a vulnerability too on a write view relying on the session cookie whose blueprint is exempted with csrf.exempt(bp) wherever that call is, ' +
      'and on such a view that builds a form whose inner class Meta sets csrf = False when no CSRFProtect is created anywhere in the project (the form then carries no token).',
    why: 'CSRFProtect checks every form post except the exempt views: a page on any other site can submit those in a logged-in user\'s name, with their cookies.',
    example: '@app.post("/account/transfer")\n@login_required\n@csrf.exempt\ndef transfer():\n    move(current_user.id, request.form["to"], request.form["amount"])',
    fix: 'Remove @csrf.exempt and send the token (the X-CSRFToken header for fetch); exempt only APIs authenticated by a token, or verify a signature for webhooks.',
    references: ['https://cwe.mitre.org/data/definitions/352.html', 'https://flask-wtf.readthedocs.io/en/stable/csrf/'],
  },
  visit: {
    function_definition: (fn, ctx) => {
      checkFunction(fn, ctx);
      checkElsewhere(fn, ctx);
    },
    call: noteCsrfCall,
    class_definition: noteTokenlessForm,
  },
});
