import { defineRule } from '../../rule.js';
import type { DependencyRuleContext } from '../../dependencies/rule-context.js';

const PLAIN = /^(?:[a-z]+\+)?http:\/\//i;

function check(ctx: DependencyRuleContext): void {
  for (const index of ctx.inventory.indexes) {
    if (!PLAIN.test(index.url)) continue;
    ctx.report({ path: index.path, line: index.line, key: `index\u0000${index.url}`, message: `package index ${index.url} is plain http: anyone on the network path can serve different packages.` });
  }
  for (const d of ctx.inventory.dependencies) {
    if (!d.url || !PLAIN.test(d.url) || !d.direct) continue;
    ctx.report({
      path: d.path,
      line: d.line,
      key: `dep\u0000${d.name}`,
      message: `${d.declaredName} is installed from ${d.url.split('#')[0]} over plain http${d.hashes.length ? '' : ' without a --hash to check it'}: anyone on the network path can replace the code.`,
    });
  }
}

export const plainHttpSource = defineRule({
  id: 'PY-DEP-PLAIN-HTTP',
  title: 'Dependency or package index over plain http',
  cwe: [494, 319],
  asvs: { '5.0.0': ['V15.2.4'], '4.0.3': ['V14.2.4'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'hotspot',
  docs: {
    what: 'Finds package indexes (--index-url, --extra-index-url, --find-links, Pipfile [[source]]) and direct URL or VCS requirements that use http:// instead of https://.',
    why: 'Code fetched without TLS can be swapped in transit; the build then runs whatever the network served.',
    example: '--extra-index-url http://mirror.example.com/simple',
    fix: 'Use https:// (and hashes: pip install --require-hashes).',
    references: ['https://cwe.mitre.org/data/definitions/494.html', 'https://pip.pypa.io/en/stable/topics/secure-installs/'],
  },
  // A clean result means something only where dependencies were read.
  needs: [{ kind: 'dependencies' }],
  dependencies: check,
});
