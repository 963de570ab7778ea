import { defineRule } from '../../rule.js';
import { ADVISORY_MAX_AGE_DAYS } from '../../../domain/index.js';
import type { DependencyRuleContext } from '../../dependencies/rule-context.js';
import { allowedBySpecifier } from '../../dependencies/match.js';
import { advisoryNames } from '../../dependencies/advisory.js';
import { asPep440 } from '../../dependencies/specifiers.js';

function check(ctx: DependencyRuleContext): void {
  for (const d of ctx.inventory.dependencies) {
    // An exact version is PY-DEP-VULN's: matched as a fact, not as a possibility.
    if (d.version || d.source !== 'registry') continue;
    const spec = asPep440(d.specifier);
    if (spec === null) continue;
    for (const a of allowedBySpecifier(ctx.advisories, d.name, spec)) {
      // Listed versions are real releases; otherwise the lowest admitted bound of an affected range is named.
      const allows = a.listed ? (a.allowed.length > 3 ? `${a.allowed.slice(0, 3).join(', ')} …` : a.allowed.join(', ')) : `affected versions from ${a.allowed[0]}`;
      const written = d.specifier ? `"${d.specifier}"` : 'no version specifier';
      ctx.report({
        path: d.path,
        line: d.line,
        key: `${d.name}\u0000${a.advisory.id}`,
        message: `${d.declaredName} with ${written} allows ${allows}, affected by ${advisoryNames(a.advisory)}${a.advisory.summary ? `: ${a.advisory.summary}` : ''} (affected: ${a.range}). Which version is installed is not known here.`,
        severity: a.advisory.severity === 'critical' || a.advisory.severity === 'high' ? 'medium' : 'low',
        fix: a.fixed ? `Require ${d.declaredName}>=${a.fixed}, or pin the installed version in a lock file so it can be checked exactly.` : `Exclude the affected versions, or pin the installed version in a lock file so it can be checked exactly.`,
      });
    }
  }
}

export const vulnerableRange = defineRule({
  id: 'PY-DEP-VULN-RANGE',
  title: 'Version specifier allows a vulnerable release',
  cwe: [1395],
  asvs: { '5.0.0': ['V15.2.1'], '4.0.3': ['V14.2.1'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'hotspot',
  docs: {
    what:
      'Finds dependencies without an exact version whose specifier (PEP 440, or Poetry caret/tilde) admits a version an imported ' +
      'advisory marks as affected. It is a hotspot, not a vulnerability: the version actually installed may be a fixed one.',
    why: 'A fresh install, a CI run or a deployment can resolve to the affected release the specifier still allows.',
    example: 'django>=4.2,<5   # allows 4.2–4.2.7, affected by an SQL injection fixed in 4.2.8',
    fix: 'Raise the lower bound to the fixed version, and pin what is installed with a lock file or a constraints file.',
    references: ['https://cwe.mitre.org/data/definitions/1395.html', 'https://peps.python.org/pep-0440/#version-specifiers'],
  },
  // A clean result means something only where dependencies were read and the advisory data is fresh.
  needs: [{ kind: 'dependencies' }, { kind: 'advisories', maxAgeDays: ADVISORY_MAX_AGE_DAYS }],
  dependencies: check,
});
