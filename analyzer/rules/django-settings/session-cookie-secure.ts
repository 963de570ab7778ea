import { defineRule } from '../../rule.js';
import { isDeployable, knownTruthy, settingsModule } from './settings-model.js';
import { sessionCheckId } from './session-apps.js';

export const djangoSessionCookieSecure = defineRule({
  id: 'PY-DJANGO-SESSION-COOKIE-SECURE',
  title: 'Session cookie may be sent over plain HTTP',
  cwe: [614],
  asvs: { '5.0.0': ['V3.3.1'], '4.0.3': ['V3.4.1'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what: 'Finds SESSION_COOKIE_SECURE set false, or never set (Django’s default is False), in a settings module that uses django.contrib.sessions (Django checks security.W010, W011, W012).',
    why: 'A session cookie without the Secure attribute is sent on any http:// request to the site, where a network attacker can read it and take over the session.',
    example: 'SESSION_COOKIE_SECURE = False',
    fix: 'SESSION_COOKIE_SECURE = True',
    references: [
      'https://cwe.mitre.org/data/definitions/614.html',
      'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const check = sessionCheckId(model, ['W010', 'W011', 'W012']);
      if (!check) return;
      const v = model.setting('SESSION_COOKIE_SECURE');
      if (v.state === 'known' && knownTruthy(v) === false) {
        ctx.report(v.node.parent ?? v.node, { message: `SESSION_COOKIE_SECURE is ${v.node.text}: the session cookie travels over HTTP too (Django check security.${check})` });
      } else if (v.state === 'unset' && model.absenceConfidence) {
        ctx.report(model.anchor(), {
          message: `SESSION_COOKIE_SECURE is never set and defaults to False: the session cookie travels over HTTP too (Django check security.${check})`,
          confidence: model.absenceConfidence,
        });
      }
    },
  },
});
