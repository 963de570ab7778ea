import { defineRule } from '../../rule.js';
import type { DependencyRuleContext } from '../../dependencies/rule-context.js';

const COMMIT = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/i;

function check(ctx: DependencyRuleContext): void {
  for (const d of ctx.inventory.dependencies) {
    if (d.source !== 'vcs' || !d.direct) continue;
    const ref = d.vcsRef;
    if (ref && COMMIT.test(ref)) continue;
    ctx.report({
      path: d.path,
      line: d.line,
      key: d.name,
      message: ref
        ? `${d.declaredName} is installed from ${d.url!.split('@')[0]!.split('#')[0]} at "${ref}", a branch or tag that can move: the code installed can change without this file changing.`
        : `${d.declaredName} is installed from ${d.url!.split('#')[0]} with no ref: whatever the default branch holds at install time.`,
    });
  }
}

export const unpinnedVcs = defineRule({
  id: 'PY-DEP-VCS-UNPINNED',
  title: 'VCS dependency not pinned to a commit',
  cwe: [829, 1357],
  asvs: { '5.0.0': ['V15.1.2'], '4.0.3': ['V14.2.4'] },
  severity: 'low',
  confidence: 'high',
  kind: 'hotspot',
  docs: {
    what: 'Finds dependencies installed from git/hg/svn/bzr URLs whose ref is a branch, a tag or missing rather than a full commit hash (a lock file that resolved a commit counts as pinned).',
    why: 'Branches and tags move; whoever can push to the repository changes what the application installs.',
    example: 'payments @ git+https://github.com/example/payments.git@main',
    fix: 'Pin the full commit hash (…git@3f1c2b0a…), or publish the package to an index and pin a version.',
    references: ['https://cwe.mitre.org/data/definitions/829.html', 'https://pip.pypa.io/en/stable/topics/vcs-support/'],
  },
  // A clean result means something only where dependencies were read.
  needs: [{ kind: 'dependencies' }],
  dependencies: check,
});
