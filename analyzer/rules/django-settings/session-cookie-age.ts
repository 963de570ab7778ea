import { defineRule } from '../../rule.js';
import { isDeployable, settingsModule } from './settings-model.js';

const DAY = 24 * 60 * 60;
const LIMIT_DAYS = 30;

export const djangoSessionCookieAge = defineRule({
  id: 'PY-DJANGO-SESSION-AGE',
  title: 'Sessions last for months',
  cwe: [613],
  asvs: { '5.0.0': ['V7.3.2'], '4.0.3': ['V3.3.2'] },
  severity: 'low',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what: `Finds SESSION_COOKIE_AGE longer than ${LIMIT_DAYS} days (constant expressions such as 60 * 60 * 24 * 365 are evaluated). Django's default is two weeks.`,
    why: 'A stolen or forgotten session stays valid for its whole lifetime; with no absolute limit on re-authentication, one leaked cookie is a long-lived key to the account.',
    example: 'SESSION_COOKIE_AGE = 60 * 60 * 24 * 365',
    fix: 'SESSION_COOKIE_AGE = 60 * 60 * 24 * 14  # and re-authenticate before sensitive actions',
    references: [
      'https://cwe.mitre.org/data/definitions/613.html',
      'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-age',
      'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-expiration',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const v = model.setting('SESSION_COOKIE_AGE');
      if (v.state !== 'known' || (v.value.kind !== 'int' && v.value.kind !== 'float')) return;
      const days = v.value.value / DAY;
      if (days > LIMIT_DAYS) {
        ctx.report(v.node.parent ?? v.node, { message: `SESSION_COOKIE_AGE is ${Math.round(days)} days (more than ${LIMIT_DAYS})` });
      }
    },
  },
});
