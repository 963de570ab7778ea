import { defineRule } from '../../rule.js';
import { isDeployable, knownTruthy, settingsModule } from './settings-model.js';
import { sessionCheckId } from './session-apps.js';

export const djangoSessionCookieHttpOnly = defineRule({
  id: 'PY-DJANGO-SESSION-COOKIE-HTTPONLY',
  title: 'Session cookie readable by JavaScript',
  cwe: [1004],
  asvs: { '5.0.0': ['V3.3.4'], '4.0.3': ['V3.4.2'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what: 'Finds SESSION_COOKIE_HTTPONLY set false in a settings module that uses django.contrib.sessions (Django checks security.W013, W014, W015). The default is True.',
    why: 'Without HttpOnly any injected script can read the session id and send it away, turning one XSS into a full account takeover.',
    example: 'SESSION_COOKIE_HTTPONLY = False',
    fix: 'Remove the line (the default is True) or set SESSION_COOKIE_HTTPONLY = True.',
    references: [
      'https://cwe.mitre.org/data/definitions/1004.html',
      'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-httponly',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const check = sessionCheckId(model, ['W013', 'W014', 'W015']);
      const v = model.setting('SESSION_COOKIE_HTTPONLY');
      if (v.state !== 'known' || knownTruthy(v) !== false) return;
      ctx.report(v.node.parent ?? v.node, {
        message: `SESSION_COOKIE_HTTPONLY is ${v.node.text}: scripts on the page can read the session cookie${check ? ` (Django check security.${check})` : ''}`,
      });
    },
  },
});
