import { defineRule } from '../../rule.js';
import type { DependencyRuleContext } from '../../dependencies/rule-context.js';
import { bareNames, nearMiss } from '../../dependencies/near-miss.js';
import { POPULAR_PACKAGES_DATE } from '../../dependencies/data/popular-packages.js';

function check(ctx: DependencyRuleContext): void {
  const bare = bareNames(ctx.knownPackages);
  for (const d of ctx.inventory.dependencies) {
    // A URL or path names its own source; the name only labels it.
    if (!d.direct || d.source !== 'registry') continue;
    const miss = nearMiss(d.name, ctx.knownPackages, bare);
    if (!miss) continue;
    ctx.report({
      path: d.path,
      line: d.line,
      key: d.name,
      message: `${d.declaredName} is not a widely used package, but ${miss.how} ${miss.target}: a typosquat, or a name an assistant made up (slopsquatting). Check it on PyPI (owner, history, downloads) before installing.`,
      fix: `If you meant ${miss.target}, fix the name. If ${d.declaredName} is right, add it to known-packages in assay.toml.`,
    });
  }
}

export const typosquat = defineRule({
  id: 'PY-DEP-TYPOSQUAT',
  title: 'Dependency name one step from a widely used package',
  cwe: [1357, 829],
  asvs: { '5.0.0': ['V15.2.4'], '4.0.3': ['V14.2.4'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'hotspot',
  docs: {
    what:
      'Finds declared registry dependencies whose name is not in the shipped list of widely used PyPI projects (dated ' +
      POPULAR_PACKAGES_DATE +
      ') yet is one edit from one of them (a letter added, missing, changed, doubled or two swapped), the same letters with ' +
      'separators moved (`django-restframework`), or a python-/py- prefix or -python suffix added or dropped (`python-requests`). ' +
      'Projects add their own names with `known-packages = [...]` in assay.toml or [tool.assay].',
    why: 'Attackers register look-alike names (typosquatting) and names that code assistants tend to invent (slopsquatting); installing one runs their setup code on the build machine.',
    example: 'reqeusts==2.31.0',
    fix: 'Correct the name, or confirm the package on PyPI and add it to known-packages.',
    references: ['https://cwe.mitre.org/data/definitions/1357.html', 'https://owasp.org/Top10/A06_2021-Vulnerable_and_Outdated_Components/', 'https://peps.python.org/pep-0503/'],
  },
  // A clean result means something only where dependencies were read.
  needs: [{ kind: 'dependencies' }],
  dependencies: check,
});
