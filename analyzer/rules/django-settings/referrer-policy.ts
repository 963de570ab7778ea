import { defineRule } from '../../rule.js';
import { isDeployable, settingsModule } from './settings-model.js';

// The values Django accepts (django/core/checks/security/base.py, REFERRER_POLICY_VALUES).
const VALID = new Set([
  'no-referrer',
  'no-referrer-when-downgrade',
  'origin',
  'origin-when-cross-origin',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url',
]);
// Policies that hand the full URL (path and query) to other sites.
const LEAKY = new Set(['unsafe-url', 'no-referrer-when-downgrade']);

export const djangoReferrerPolicy = defineRule({
  id: 'PY-DJANGO-REFERRER-POLICY',
  title: 'Referrer-Policy header missing, invalid or leaky',
  cwe: [200],
  asvs: { '5.0.0': ['V3.4.5'], '4.0.3': ['V14.4.6'] },
  severity: 'low',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what:
      "Finds SECURE_REFERRER_POLICY set to None (Django check security.W022), to a value Django rejects (security.E023), or to a policy that sends full URLs to other sites ('unsafe-url', 'no-referrer-when-downgrade'). Leaving it out is fine: the default since Django 3.1 is 'same-origin'.",
    why: 'URLs often carry tokens, ids and search terms; a weak or missing policy hands them to every third-party site the page links to or loads from.',
    example: 'SECURE_REFERRER_POLICY = None',
    fix: "SECURE_REFERRER_POLICY = 'strict-origin-when-cross-origin'",
    references: [
      'https://cwe.mitre.org/data/definitions/200.html',
      'https://docs.djangoproject.com/en/stable/ref/middleware/#referrer-policy',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const v = model.setting('SECURE_REFERRER_POLICY');
      if (v.state !== 'known') return;
      const at = v.node.parent ?? v.node;
      if (v.value.kind === 'none') {
        ctx.report(at, { message: 'SECURE_REFERRER_POLICY is None: no Referrer-Policy header is sent (Django check security.W022)' });
        return;
      }
      let values: string[];
      if (v.value.kind === 'str') values = v.value.value.split(',').map((s) => s.trim());
      else if (v.value.kind === 'list' || v.value.kind === 'tuple' || v.value.kind === 'set') {
        values = v.value.items.map((i) => (i.kind === 'str' ? i.value : '\u0000'));
      } else values = ['\u0000'];
      const invalid = values.filter((x) => !VALID.has(x));
      if (invalid.length > 0) {
        ctx.report(at, { message: `SECURE_REFERRER_POLICY has a value Django rejects (Django check security.E023)`, severity: 'medium' });
        return;
      }
      // With several values the browser uses the last one it understands.
      const effective = values[values.length - 1]!;
      if (LEAKY.has(effective)) {
        ctx.report(at, { message: `SECURE_REFERRER_POLICY '${effective}' sends full URLs, query strings included, to other sites` });
      }
    },
  },
});
