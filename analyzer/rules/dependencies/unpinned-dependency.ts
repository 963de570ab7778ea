import { defineRule } from '../../rule.js';
import type { DependencyRuleContext } from '../../dependencies/rule-context.js';

function check(ctx: DependencyRuleContext): void {
  for (const d of ctx.inventory.dependencies) {
    if (!d.direct || d.version || d.source !== 'registry' || !d.groups.includes('main')) continue;
    // A library's metadata keeps ranges open on purpose; the application that installs it pins.
    if (ctx.isLibraryManifest(d.path)) continue;
    ctx.report({
      path: d.path,
      line: d.line,
      key: d.name,
      message: `${d.declaredName}${d.specifier && d.specifier !== '*' ? ` ${d.specifier}` : ''} is not pinned: no lock file, constraints file or == pin fixes the version installed, so each install may get a different release (including a newly compromised one), and advisories cannot be matched exactly.`,
    });
  }
}

export const unpinnedDependency = defineRule({
  id: 'PY-DEP-UNPINNED',
  title: 'Application dependency not pinned',
  cwe: [1357],
  asvs: { '5.0.0': ['V15.1.2'], '4.0.3': ['V14.2.5'] },
  severity: 'low',
  confidence: 'high',
  kind: 'hotspot',
  docs: {
    what:
      'Finds runtime dependencies of an application (requirements files, Pipfile, a pyproject that is not a publishable library) whose ' +
      'version no lock file, constraints file or == pin fixes. Dev, test and extra groups are not reported; nor are libraries, whose ' +
      'ranges are meant to stay open.',
    why: 'Without a pin the inventory is a guess: the same commit installs different code on different days, and a malicious release is picked up automatically.',
    example: 'requests>=2.31',
    fix: 'Pin exact versions (pip-compile, uv lock, poetry lock, pipenv lock) and install from the lock, ideally with --require-hashes.',
    references: ['https://cwe.mitre.org/data/definitions/1357.html', 'https://pip.pypa.io/en/stable/topics/repeatable-installs/'],
  },
  // A clean result means something only where dependencies were read.
  needs: [{ kind: 'dependencies' }],
  dependencies: check,
});
