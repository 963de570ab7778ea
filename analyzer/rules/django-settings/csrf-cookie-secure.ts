import { defineRule } from '../../rule.js';
import { isDeployable, knownTruthy, settingsModule } from './settings-model.js';
import { CSRF_MIDDLEWARE, hasMiddleware } from './middleware.js';

export const djangoCsrfCookieSecure = defineRule({
  id: 'PY-DJANGO-CSRF-COOKIE-SECURE',
  title: 'CSRF cookie may be sent over plain HTTP',
  cwe: [614],
  asvs: { '5.0.0': ['V3.3.1'], '4.0.3': ['V3.4.1'] },
  severity: 'low',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what:
      'Finds CSRF_COOKIE_SECURE set false or never set while CsrfViewMiddleware is on and the token lives in a cookie (CSRF_USE_SESSIONS not true): Django check security.W016. Django dropped its CSRF_COOKIE_HTTPONLY check (W017) in 1.11 because that flag gives no real protection, so it is not checked here either.',
    why: 'A CSRF cookie sent over HTTP can be read by a network attacker, who can then forge requests that pass the token check.',
    example: 'CSRF_COOKIE_SECURE = False',
    fix: 'CSRF_COOKIE_SECURE = True',
    references: [
      'https://cwe.mitre.org/data/definitions/614.html',
      'https://docs.djangoproject.com/en/stable/ref/settings/#csrf-cookie-secure',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model) || !hasMiddleware(model, CSRF_MIDDLEWARE)) return;
      const useSessions = model.setting('CSRF_USE_SESSIONS');
      if (useSessions.state === 'unknown' || knownTruthy(useSessions) === true) return;
      const v = model.setting('CSRF_COOKIE_SECURE');
      if (v.state === 'known' && knownTruthy(v) === false) {
        ctx.report(v.node.parent ?? v.node, { message: `CSRF_COOKIE_SECURE is ${v.node.text}: the CSRF cookie travels over HTTP too (Django check security.W016)` });
      } else if (v.state === 'unset' && model.absenceConfidence) {
        ctx.report(model.anchor(), {
          message: 'CSRF_COOKIE_SECURE is never set and defaults to False: the CSRF cookie travels over HTTP too (Django check security.W016)',
          confidence: model.absenceConfidence,
        });
      }
    },
  },
});
