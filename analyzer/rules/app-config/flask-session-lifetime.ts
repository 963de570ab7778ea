import { defineRule, type RuleContext, type SyntaxNode } from '../../rule.js';
import { flaskConfigVisitor } from './app-objects.js';
import { durationSeconds } from './durations.js';

const DAY = 86400;
const LIMIT_DAYS = 30;
// Flask's permanent session, Flask-Login's remember-me cookie, flask-jwt-extended's tokens.
const LIFETIMES = new Set(['PERMANENT_SESSION_LIFETIME', 'REMEMBER_COOKIE_DURATION', 'JWT_ACCESS_TOKEN_EXPIRES', 'JWT_REFRESH_TOKEN_EXPIRES']);

function check(key: string, value: SyntaxNode, at: SyntaxNode, ctx: RuleContext): void {
  if (!LIFETIMES.has(key)) return;
  const v = ctx.constant(value);
  if (key.startsWith('JWT_') && v?.kind === 'bool' && !v.value) {
    ctx.report(at, { message: `${key} is False: tokens never expire`, severity: 'medium' });
    return;
  }
  const seconds = durationSeconds(value, ctx);
  if (seconds === undefined || seconds <= LIMIT_DAYS * DAY) return;
  // A refresh token exists to live longer than the access token; judge it more gently.
  if (key === 'JWT_REFRESH_TOKEN_EXPIRES' && seconds <= 90 * DAY) return;
  ctx.report(at, { message: `${key} is ${Math.round(seconds / DAY)} days (more than ${LIMIT_DAYS})` });
}

export const flaskSessionLifetime = defineRule({
  id: 'PY-FLASK-SESSION-LIFETIME',
  title: 'Flask sessions or tokens that last for months or never expire',
  cwe: [613],
  asvs: { '5.0.0': ['V7.3.2'], '4.0.3': ['V3.3.2'] },
  severity: 'low',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['flask'],
  docs: {
    what:
      `Finds PERMANENT_SESSION_LIFETIME, REMEMBER_COOKIE_DURATION or JWT_ACCESS_TOKEN_EXPIRES longer than ${LIMIT_DAYS} days (seconds or datetime.timedelta of constants), JWT_REFRESH_TOKEN_EXPIRES longer than 90 days, and flask-jwt-extended token expiry switched off with False.`,
    why: 'A stolen session cookie or token stays usable for its whole lifetime; without an absolute limit, one leak is a long-lived key to the account.',
    example: "app.config['PERMANENT_SESSION_LIFETIME'] = timedelta(days=365)",
    fix: "app.config['PERMANENT_SESSION_LIFETIME'] = timedelta(hours=12)",
    references: [
      'https://cwe.mitre.org/data/definitions/613.html',
      'https://flask.palletsprojects.com/en/stable/config/#PERMANENT_SESSION_LIFETIME',
      'https://flask-jwt-extended.readthedocs.io/en/stable/options.html#JWT_ACCESS_TOKEN_EXPIRES',
    ],
  },
  visit: flaskConfigVisitor(check),
});
