import { defineRule, type RuleContext, type SyntaxNode } from '../../rule.js';
import { flaskConfigVisitor } from './app-objects.js';

// Flask session cookie (and Flask-Login's remember cookie) flags that must not be turned off.
const FLAGS: Record<string, string> = {
  SESSION_COOKIE_SECURE: 'the session cookie is also sent over plain HTTP',
  SESSION_COOKIE_HTTPONLY: 'scripts on the page can read the session cookie',
  REMEMBER_COOKIE_SECURE: "Flask-Login's remember-me cookie is also sent over plain HTTP",
  REMEMBER_COOKIE_HTTPONLY: "scripts on the page can read Flask-Login's remember-me cookie",
};

function check(key: string, value: SyntaxNode, at: SyntaxNode, ctx: RuleContext): void {
  const effect = FLAGS[key];
  if (!effect) return;
  const v = ctx.constant(value);
  if (v?.kind === 'bool' && !v.value) ctx.report(at, { message: `${key} is False: ${effect}` });
}

export const flaskSessionCookieFlags = defineRule({
  id: 'PY-FLASK-SESSION-COOKIE',
  title: 'Flask session cookie flags turned off',
  cwe: [614, 1004],
  asvs: { '5.0.0': ['V3.3.1', 'V3.3.4'], '4.0.3': ['V3.4.1', 'V3.4.2'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['flask'],
  needs: [{ kind: 'app_config' }, { kind: 'api', families: ['cookies'] }],
  docs: {
    what:
      "Finds SESSION_COOKIE_SECURE, SESSION_COOKIE_HTTPONLY, REMEMBER_COOKIE_SECURE or REMEMBER_COOKIE_HTTPONLY set to False in a Flask app's config or a Flask config class (outside development and testing classes). Flask's own default for SESSION_COOKIE_SECURE is False, so production config should set it True.",
    why: 'Flask keeps the whole session in that cookie: read over HTTP or by an injected script, it logs the attacker in as the user.',
    example: "app.config['SESSION_COOKIE_SECURE'] = False",
    fix: "app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE='Lax')",
    references: [
      'https://cwe.mitre.org/data/definitions/614.html',
      'https://flask.palletsprojects.com/en/stable/security/#set-cookie-options',
    ],
  },
  visit: flaskConfigVisitor(check),
});
