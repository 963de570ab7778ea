import { defineRule } from '../../rule.js';
import type { DependencyRuleContext } from '../../dependencies/rule-context.js';
import { modulesOf, USED_WITHOUT_IMPORT } from '../../dependencies/data/module-names.js';

function check(ctx: DependencyRuleContext): void {
  if (ctx.imports.length === 0) return;
  const used = new Set([...ctx.imports.map((i) => i.use.module.toLowerCase()), ...[...ctx.stringModules].map((s) => s.toLowerCase())]);
  for (const d of ctx.inventory.dependencies) {
    if (!d.direct || !d.groups.includes('main') || USED_WITHOUT_IMPORT.has(d.name) || d.name.startsWith('types-') || d.name.endsWith('-stubs')) continue;
    const modules = modulesOf(d.name);
    if (modules.some((m) => used.has(m.toLowerCase()))) continue;
    ctx.report({
      path: d.path,
      line: d.line,
      key: d.name,
      message: `${d.declaredName} is declared but nothing imports ${modules.length === 1 ? `module ${modules[0]}` : `any of ${modules.slice(0, 3).join(', ')}`} (nor names it in settings): it ships code the application does not use.`,
    });
  }
}

export const unusedDependency = defineRule({
  id: 'PY-DEP-UNUSED',
  title: 'Declared dependency that nothing imports',
  cwe: [1164],
  asvs: { '5.0.0': ['V15.2.3'], '4.0.3': ['V14.2.2'] },
  severity: 'info',
  confidence: 'low',
  kind: 'hotspot',
  docs: {
    what:
      'Finds runtime dependencies whose modules no Python file imports and no module-level settings string names (INSTALLED_APPS, ' +
      'MIDDLEWARE …). Servers, database drivers, build and test tools that are used without an import are not reported.',
    why: 'Every installed package is attack surface and patching work: one nobody uses is both for nothing.',
    example: 'requests==2.31.0   # in a project that never imports requests',
    fix: 'Remove the dependency, or move it to the group that uses it (dev, test, an extra).',
    references: ['https://cwe.mitre.org/data/definitions/1164.html'],
  },
  // A clean result means something only where dependencies were read.
  needs: [{ kind: 'dependencies' }, { kind: 'python_source' }],
  dependencies: check,
});
