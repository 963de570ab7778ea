import { defineRule } from '../../rule.js';
import { isDeployable, settingsModule } from './settings-model.js';
import { CSRF_MIDDLEWARE, middlewareState } from './middleware.js';

export const djangoCsrfMiddlewareMissing = defineRule({
  id: 'PY-DJANGO-CSRF-MIDDLEWARE',
  title: 'CsrfViewMiddleware is not in MIDDLEWARE',
  cwe: [352],
  asvs: { '5.0.0': ['V3.5.1'], '4.0.3': ['V4.2.2'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what: "Finds a MIDDLEWARE list without 'django.middleware.csrf.CsrfViewMiddleware' (Django check security.W003).",
    why: 'Without the middleware no view is protected against cross-site request forgery unless it is decorated with csrf_protect one by one: a malicious page can make a logged-in user submit forms.',
    example: "MIDDLEWARE = ['django.middleware.security.SecurityMiddleware', 'django.contrib.sessions.middleware.SessionMiddleware']",
    fix: "Add 'django.middleware.csrf.CsrfViewMiddleware' to MIDDLEWARE (after SessionMiddleware) and exempt only the views that really need it.",
    references: [
      'https://cwe.mitre.org/data/definitions/352.html',
      'https://docs.djangoproject.com/en/stable/ref/csrf/',
      'https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const s = middlewareState(model, CSRF_MIDDLEWARE, /Csrf/i);
      if (s.state !== 'absent') return;
      ctx.report(s.anchor, {
        message: 'MIDDLEWARE lacks CsrfViewMiddleware: views are not protected against cross-site request forgery (Django check security.W003)',
      });
    },
  },
});
