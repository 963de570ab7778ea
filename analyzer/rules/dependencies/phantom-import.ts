import { defineRule } from '../../rule.js';
import type { DependencyRuleContext } from '../../dependencies/rule-context.js';
import { isStdlibModule } from '../../dependencies/data/stdlib-modules.js';
import { modulesOf } from '../../dependencies/data/module-names.js';
import { nearMiss } from '../../dependencies/near-miss.js';
import { normalizeName } from '../../dependencies/names.js';

/** Present in every environment that can install packages at all. */
const ENVIRONMENT = new Set(['pkg_resources', 'setuptools', 'pip', '_distutils_hack']);

function check(ctx: DependencyRuleContext): void {
  // Without any declared dependency there is nothing to compare with: the project simply keeps none.
  if (!ctx.inventory.dependencies.some((d) => d.direct)) return;
  const provided = new Set(ctx.inventory.dependencies.flatMap((d) => modulesOf(d.name)).map((m) => m.toLowerCase()));
  for (const { path, use } of ctx.imports) {
    const m = use.module;
    if (use.optional || isStdlibModule(m) || ENVIRONMENT.has(m) || ctx.localModules.has(m) || provided.has(m.toLowerCase())) continue;
    if (/(^|\/)setup\.py$/.test(path)) continue;
    const guess = normalizeName(m);
    // A guess that lands on a widely used project installs that project: an undeclared transitive
    // dependency, a hygiene matter, not a squatting risk. Only names nobody can vouch for are reported.
    if (ctx.packageNames.known.has(guess)) continue;
    const miss = nearMiss(guess, ctx.packageNames);
    const hint = miss ? ` (the name ${miss.how} ${miss.target})` : ' (no widely used package has that name)';
    ctx.report({
      path,
      line: use.line,
      column: use.column,
      endColumn: use.endColumn,
      key: m,
      message: `import ${use.dotted}: no declared dependency provides module ${m}. Whoever fixes the ImportError with \`pip install ${guess}\` installs whatever holds that name on PyPI${hint}.`,
    });
  }
}

export const phantomImport = defineRule({
  id: 'PY-DEP-PHANTOM',
  title: 'Import that no declared dependency provides',
  cwe: [1357],
  asvs: { '5.0.0': ['V15.2.4'], '4.0.3': ['V14.2.4'] },
  severity: 'low',
  confidence: 'medium',
  kind: 'hotspot',
  docs: {
    what:
      'Finds imports of modules that are neither the standard library, nor the project\'s own packages, nor provided by any declared ' +
      'dependency (lock files included; PyYAML provides yaml, Pillow provides PIL …), and whose name is not a widely used PyPI project ' +
      '(a guess at such a name installs that project). Imports guarded by `except ImportError` are optional and not reported, and a ' +
      'project that declares no dependencies at all is not checked.',
    why: 'A phantom dependency works by accident on one machine; elsewhere someone installs a package by guessing its name, and the registry may hold a look-alike or a squatted name.',
    example: 'import yamlx   # in a project whose requirements name PyYAML',
    fix: 'Declare the distribution that provides the module (with a pin), or remove the import.',
    references: ['https://cwe.mitre.org/data/definitions/1357.html', 'https://packaging.python.org/en/latest/specifications/dependency-specifiers/'],
  },
  // A clean result means something only where dependencies were read.
  needs: [{ kind: 'dependencies' }, { kind: 'python_source' }],
  dependencies: check,
});
