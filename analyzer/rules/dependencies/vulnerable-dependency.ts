import { defineRule } from '../../rule.js';
import { ADVISORY_MAX_AGE_DAYS } from '../../../domain/index.js';
import type { DependencyRuleContext } from '../../dependencies/rule-context.js';
import { affectingVersion } from '../../dependencies/match.js';
import { advisoryNames } from '../../dependencies/advisory.js';

function check(ctx: DependencyRuleContext): void {
  for (const d of ctx.inventory.dependencies) {
    if (!d.version) continue;
    for (const { advisory, fixed } of affectingVersion(ctx.advisories, d.name, d.version)) {
      const where = d.lockedBy && d.lockedBy !== d.path ? ` (locked in ${d.lockedBy})` : '';
      const summary = advisory.summary ? `: ${advisory.summary}` : '';
      const severity = advisory.severity ? '' : ' The advisory gives no severity; rated high until reviewed.';
      ctx.report({
        path: d.path,
        line: d.line,
        key: `${d.name}\u0000${advisory.id}`,
        message: `${d.declaredName} ${d.version}${where} is affected by ${advisoryNames(advisory)}${summary}. ${fixed ? `Fixed in ${fixed}.` : 'No fixed version is published.'}${severity}`,
        severity: advisory.severity ?? 'high',
        fix: fixed ? `Upgrade ${d.declaredName} to ${fixed} or later (and regenerate the lock file).` : `No release fixes ${advisory.id} yet: remove ${d.declaredName}, or mitigate as the advisory describes and record the decision in triage.`,
      });
    }
  }
}

export const vulnerableDependency = defineRule({
  id: 'PY-DEP-VULN',
  title: 'Dependency version with a known vulnerability',
  cwe: [1395],
  asvs: { '5.0.0': ['V15.2.1'], '4.0.3': ['V14.2.1'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds dependencies whose installed version is known exactly (an == pin, a constraints pin or a lock file) and is affected by an ' +
      'imported OSV advisory, comparing versions by PEP 440 (epochs, pre-, post- and local releases). The finding names the advisory, its ' +
      'CVE/GHSA aliases, its summary and severity, and the first fixed version. Import advisories with `assay advisories import`.',
    why: 'A published vulnerability comes with a public description and often a working exploit: it is the first thing an attacker tries.',
    example: 'Django==4.2.7   # affected by an SQL injection fixed in 4.2.8',
    fix: 'Upgrade to the fixed version named in the finding and regenerate the lock file; if the vulnerable code is unreachable, record that in triage (it becomes "not affected" in the SBOM).',
    references: ['https://cwe.mitre.org/data/definitions/1395.html', 'https://ossf.github.io/osv-schema/', 'https://owasp.org/Top10/A06_2021-Vulnerable_and_Outdated_Components/'],
  },
  // A clean result means something only where dependencies were read and the advisory data is fresh.
  needs: [{ kind: 'dependencies' }, { kind: 'advisories', maxAgeDays: ADVISORY_MAX_AGE_DAYS }],
  dependencies: check,
});
