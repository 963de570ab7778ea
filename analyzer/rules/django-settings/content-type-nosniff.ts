import { defineRule } from '../../rule.js';
import { isBool, isDeployable, settingsModule } from './settings-model.js';

export const djangoContentTypeNosniff = defineRule({
  id: 'PY-DJANGO-NOSNIFF',
  title: 'X-Content-Type-Options: nosniff turned off',
  cwe: [693],
  asvs: { '5.0.0': ['V3.4.4'], '4.0.3': ['V14.4.4'] },
  severity: 'low',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what: 'Finds SECURE_CONTENT_TYPE_NOSNIFF set to anything but True (Django check security.W006). The default is True, so leaving it out is fine.',
    why: 'Without nosniff a browser may guess that an uploaded text or JSON response is HTML or script and run it.',
    example: 'SECURE_CONTENT_TYPE_NOSNIFF = False',
    fix: 'Remove the line (the default is True) or set SECURE_CONTENT_TYPE_NOSNIFF = True.',
    references: [
      'https://cwe.mitre.org/data/definitions/693.html',
      'https://docs.djangoproject.com/en/stable/ref/middleware/#x-content-type-options-nosniff',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const v = model.setting('SECURE_CONTENT_TYPE_NOSNIFF');
      if (v.state !== 'known' || isBool(v, true)) return;
      ctx.report(v.node.parent ?? v.node, {
        message: `SECURE_CONTENT_TYPE_NOSNIFF is ${v.node.text}: responses lose the X-Content-Type-Options: nosniff header (Django check security.W006)`,
      });
    },
  },
});
