import { defineRule } from '../../rule.js';
import { isBool, isDeployable, settingsModule } from './settings-model.js';
import { hasMiddleware, SECURITY_MIDDLEWARE } from './middleware.js';

export const djangoSslRedirect = defineRule({
  id: 'PY-DJANGO-SSL-REDIRECT',
  title: 'Plain-HTTP requests are not redirected to HTTPS',
  cwe: [319],
  asvs: { '5.0.0': ['V12.2.1'], '4.0.3': ['V9.1.1'] },
  severity: 'low',
  confidence: 'medium',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what: 'Finds SECURE_SSL_REDIRECT set to something other than True, or never set, in a settings module that uses SecurityMiddleware (Django check security.W008).',
    why: 'Pages served over plain HTTP can be read and altered on the network. Many deployments redirect at the load balancer instead; then this finding can be accepted with that evidence.',
    example: 'SECURE_SSL_REDIRECT = False',
    fix: "SECURE_SSL_REDIRECT = True  # and SECURE_PROXY_SSL_HEADER = ('HTTP_X_FORWARDED_PROTO', 'https') behind a proxy",
    references: [
      'https://cwe.mitre.org/data/definitions/319.html',
      'https://docs.djangoproject.com/en/stable/ref/settings/#secure-ssl-redirect',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model) || !hasMiddleware(model, SECURITY_MIDDLEWARE)) return;
      const v = model.setting('SECURE_SSL_REDIRECT');
      if (v.state === 'known' && !isBool(v, true)) {
        ctx.report(v.node.parent ?? v.node, { message: `SECURE_SSL_REDIRECT is ${v.node.text}: HTTP requests are served as they come (Django check security.W008)` });
      } else if (v.state === 'unset' && model.absenceConfidence) {
        ctx.report(model.anchor(), {
          message: 'SECURE_SSL_REDIRECT is never set (default False): HTTP requests are not redirected to HTTPS (Django check security.W008)',
          // The redirect is often done by the proxy in front of Django.
          confidence: 'low',
        });
      }
    },
  },
});
