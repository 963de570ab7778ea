import { defineRule } from '../../rule.js';
import { isDeployable, settingsModule } from './settings-model.js';

export const djangoAllowedHosts = defineRule({
  id: 'PY-DJANGO-ALLOWED-HOSTS',
  title: "ALLOWED_HOSTS accepts any Host header, or is empty",
  cwe: [183],
  // ASVS 5.0.0 has no requirement on Host-header validation; 4.0.3 V14.1.3 asks for the framework's hardening advice.
  asvs: { '5.0.0': [], '4.0.3': ['V14.1.3'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what:
      "Finds '*' in ALLOWED_HOSTS, and an ALLOWED_HOSTS that is empty in a deployable settings module (Django check security.W020).",
    why: "With '*' Django trusts whatever Host header a client sends: password-reset mails and absolute URLs built with request.get_host() can point at the attacker's domain, and shared caches can be poisoned. An empty list makes Django refuse every request once DEBUG is off.",
    example: "ALLOWED_HOSTS = ['*']",
    fix: "ALLOWED_HOSTS = ['shop.example.com', '.api.example.com']",
    references: [
      'https://cwe.mitre.org/data/definitions/183.html',
      'https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts',
      'https://docs.djangoproject.com/en/stable/topics/security/#host-header-validation',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const right = model.assignment('ALLOWED_HOSTS');
      if (!right) return;
      if (right.type === 'list' || right.type === 'tuple') {
        // Judge items one by one: `['*', os.environ['HOST']]` is still a wildcard.
        const items = right.namedChildren.filter((c) => c.type !== 'comment');
        for (const item of items) {
          const v = ctx.constant(item);
          if (v?.kind === 'str' && v.value.trim() === '*') {
            ctx.report(item, { message: "ALLOWED_HOSTS contains '*': any Host header is accepted" });
          }
        }
        if (items.length === 0 && model.setting('ALLOWED_HOSTS').state === 'known') {
          ctx.report(right.parent ?? right, {
            message: 'ALLOWED_HOSTS is empty: Django rejects every request once DEBUG is off (Django check security.W020)',
            severity: 'low',
          });
        }
        return;
      }
      const v = ctx.constant(right);
      if (v?.kind === 'str' && v.value.trim() === '*') ctx.report(right, { message: "ALLOWED_HOSTS is '*': any Host header is accepted" });
    },
  },
});
