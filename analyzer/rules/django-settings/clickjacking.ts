import { defineRule } from '../../rule.js';
import { isDeployable, settingsModule } from './settings-model.js';
import { hasMiddleware, middlewareState, XFRAME_MIDDLEWARE } from './middleware.js';

export const djangoClickjacking = defineRule({
  id: 'PY-DJANGO-CLICKJACKING',
  title: 'Pages may be framed by other sites',
  cwe: [1021],
  asvs: { '5.0.0': ['V3.4.6'], '4.0.3': ['V14.4.7'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what:
      "Finds a MIDDLEWARE list without 'django.middleware.clickjacking.XFrameOptionsMiddleware' (Django check security.W002), and X_FRAME_OPTIONS set to anything but 'DENY' while that middleware is on (security.W019).",
    why: 'A page that can be framed by another origin can be overlaid with a decoy, so that the user clicks buttons of your site without seeing them (clickjacking).',
    example: "X_FRAME_OPTIONS = 'SAMEORIGIN'",
    fix: "Keep XFrameOptionsMiddleware in MIDDLEWARE and X_FRAME_OPTIONS = 'DENY' (the default); allow framing per view with xframe_options_sameorigin, and prefer a CSP frame-ancestors directive.",
    references: [
      'https://cwe.mitre.org/data/definitions/1021.html',
      'https://docs.djangoproject.com/en/stable/ref/clickjacking/',
      'https://cheatsheetseries.owasp.org/cheatsheets/Clickjacking_Defense_Cheat_Sheet.html',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const s = middlewareState(model, XFRAME_MIDDLEWARE, /^XFrameOptionsMiddleware$/);
      if (s.state === 'absent') {
        ctx.report(s.anchor, {
          message: 'MIDDLEWARE lacks XFrameOptionsMiddleware: responses carry no X-Frame-Options header (Django check security.W002)',
        });
        return;
      }
      const xfo = model.setting('X_FRAME_OPTIONS');
      if (xfo.state !== 'known' || !hasMiddleware(model, XFRAME_MIDDLEWARE)) return;
      if (xfo.value.kind === 'str' && xfo.value.value.toUpperCase() === 'DENY') return;
      // SAMEORIGIN still stops other sites; anything else is no protection at all.
      const sameOrigin = xfo.value.kind === 'str' && xfo.value.value.toUpperCase() === 'SAMEORIGIN';
      ctx.report(xfo.node.parent ?? xfo.node, {
        message: `X_FRAME_OPTIONS is ${xfo.node.text}, not 'DENY' (Django check security.W019)`,
        severity: sameOrigin ? 'low' : 'medium',
      });
    },
  },
});
