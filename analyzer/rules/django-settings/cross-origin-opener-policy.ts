import { defineRule } from '../../rule.js';
import { isDeployable, settingsModule } from './settings-model.js';

// The values Django accepts for SECURE_CROSS_ORIGIN_OPENER_POLICY (Django 4.0+).
const VALID = new Set(['same-origin', 'same-origin-allow-popups', 'unsafe-none']);

export const djangoCrossOriginOpenerPolicy = defineRule({
  id: 'PY-DJANGO-COOP',
  title: 'Cross-Origin-Opener-Policy invalid or disabled',
  cwe: [693],
  asvs: { '5.0.0': ['V3.4.8'], '4.0.3': [] },
  severity: 'low',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what:
      "Finds SECURE_CROSS_ORIGIN_OPENER_POLICY set to a value Django rejects (Django check security.E024), or set to 'unsafe-none' or None, which turn the header off. The default 'same-origin' is fine.",
    why: 'Without COOP a page that opened your site in a pop-up keeps a handle on its window, enabling cross-window attacks such as tabnabbing and XS-Leaks.',
    example: "SECURE_CROSS_ORIGIN_OPENER_POLICY = 'unsafe-none'",
    fix: "Remove the line (default 'same-origin'), or use 'same-origin-allow-popups' where OAuth pop-ups need it.",
    references: [
      'https://cwe.mitre.org/data/definitions/693.html',
      'https://docs.djangoproject.com/en/stable/ref/middleware/#cross-origin-opener-policy',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const v = model.setting('SECURE_CROSS_ORIGIN_OPENER_POLICY');
      if (v.state !== 'known') return;
      const at = v.node.parent ?? v.node;
      if (v.value.kind === 'none' || (v.value.kind === 'str' && v.value.value === 'unsafe-none')) {
        ctx.report(at, { message: `SECURE_CROSS_ORIGIN_OPENER_POLICY is ${v.node.text}: pages opened by other sites share a browsing context group with them` });
      } else if (v.value.kind !== 'str' || !VALID.has(v.value.value)) {
        ctx.report(at, { message: 'SECURE_CROSS_ORIGIN_OPENER_POLICY has a value Django rejects (Django check security.E024)', severity: 'medium' });
      }
    },
  },
});
