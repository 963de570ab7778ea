import { defineRule } from '../../rule.js';
import { isDeployable, settingsModule } from './settings-model.js';
import { middlewareState, SECURITY_MIDDLEWARE } from './middleware.js';

export const djangoSecurityMiddlewareMissing = defineRule({
  id: 'PY-DJANGO-SECURITY-MIDDLEWARE',
  title: 'SecurityMiddleware is not in MIDDLEWARE',
  cwe: [693],
  asvs: { '5.0.0': ['V3.4.1', 'V3.4.4', 'V3.4.5'], '4.0.3': ['V14.4.4', 'V14.4.5', 'V14.4.6'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what: "Finds a MIDDLEWARE list without 'django.middleware.security.SecurityMiddleware' (Django check security.W001).",
    why: 'That middleware sends HSTS, X-Content-Type-Options, Referrer-Policy and Cross-Origin-Opener-Policy and performs the HTTPS redirect; without it every SECURE_* setting is silently ignored.',
    example: "MIDDLEWARE = ['django.contrib.sessions.middleware.SessionMiddleware', 'django.middleware.common.CommonMiddleware']",
    fix: "MIDDLEWARE = ['django.middleware.security.SecurityMiddleware', 'django.contrib.sessions.middleware.SessionMiddleware', ...]",
    references: [
      'https://cwe.mitre.org/data/definitions/693.html',
      'https://docs.djangoproject.com/en/stable/ref/middleware/#module-django.middleware.security',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const s = middlewareState(model, SECURITY_MIDDLEWARE, /^SecurityMiddleware$/);
      if (s.state !== 'absent') return;
      ctx.report(s.anchor, {
        message: 'MIDDLEWARE lacks SecurityMiddleware, so the HSTS, nosniff, referrer-policy and SSL-redirect settings have no effect (Django check security.W001)',
      });
    },
  },
});
