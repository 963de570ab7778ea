import { defineRule } from '../../rule.js';
import { isDeployable, knownTruthy, settingsModule } from './settings-model.js';

export const djangoDebugEnabled = defineRule({
  id: 'PY-DJANGO-DEBUG',
  title: 'Django settings turn DEBUG on',
  cwe: [489, 215, 209],
  asvs: { '5.0.0': ['V13.4.2'], '4.0.3': ['V14.3.2'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what: 'Finds `DEBUG = True` in a Django settings module that is not meant for tests or local development (Django check security.W018).',
    why: 'With DEBUG on, every error page shows source code, local variables, settings and SQL; Django also keeps every query in memory.',
    example: 'DEBUG = True',
    fix: "DEBUG = env.bool('DJANGO_DEBUG', default=False)",
    references: [
      'https://cwe.mitre.org/data/definitions/489.html',
      'https://docs.djangoproject.com/en/stable/ref/settings/#debug',
      'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const debug = model.setting('DEBUG');
      if (debug.state === 'known' && knownTruthy(debug) === true) {
        ctx.report(debug.node.parent ?? debug.node, {
          message: `${debug.node.text === 'True' ? 'DEBUG is True' : `DEBUG is ${debug.node.text}, which Python treats as true,`} in a deployable settings module (Django check security.W018)`,
        });
      }
    },
  },
});
