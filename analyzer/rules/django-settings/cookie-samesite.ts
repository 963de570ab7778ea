import { defineRule } from '../../rule.js';
import { isDeployable, settingsModule } from './settings-model.js';

const COOKIES = ['SESSION_COOKIE_SAMESITE', 'CSRF_COOKIE_SAMESITE'];

export const djangoCookieSameSite = defineRule({
  id: 'PY-DJANGO-COOKIE-SAMESITE',
  title: 'Session or CSRF cookie sent on cross-site requests',
  cwe: [1275],
  asvs: { '5.0.0': ['V3.3.2'], '4.0.3': ['V3.4.3'] },
  severity: 'low',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what: "Finds SESSION_COOKIE_SAMESITE or CSRF_COOKIE_SAMESITE set to None, 'None' or False. Django's default 'Lax' is fine.",
    why: 'A cookie without a SameSite restriction rides along on requests that other sites trigger, removing a layer of defence against CSRF and cross-site leaks.',
    example: "SESSION_COOKIE_SAMESITE = 'None'",
    fix: "SESSION_COOKIE_SAMESITE = 'Lax'  # or 'Strict'",
    references: [
      'https://cwe.mitre.org/data/definitions/1275.html',
      'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-samesite',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      for (const name of COOKIES) {
        const v = model.setting(name);
        if (v.state !== 'known') continue;
        const off = v.value.kind === 'none' || (v.value.kind === 'bool' && !v.value.value) || (v.value.kind === 'str' && v.value.value.toLowerCase() === 'none');
        if (off) ctx.report(v.node.parent ?? v.node, { message: `${name} is ${v.node.text}: the cookie is sent on cross-site requests` });
      }
    },
  },
});
