// docs/rules.md is generated and committed: this fails when a rule changed without `npm run docs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../analyzer/rules/index.js';
import { RULES_DOC, renderRuleReference, repositoryRoot } from './gen-rule-docs.js';

describe('docs/rules.md', () => {
  it('is up to date with the rules (run `npm run docs` when this fails)', () => {
    const committed = readFileSync(join(repositoryRoot(), RULES_DOC), 'utf8');
    expect(committed === renderRuleReference(allRules), 'docs/rules.md is stale: run `npm run docs` and commit it').toBe(true);
  });

  it('documents every rule with its id, CWE, ASVS ids and fix', () => {
    const text = renderRuleReference(allRules);
    for (const rule of allRules) {
      expect(text).toContain(`### ${rule.id}`);
      for (const cwe of rule.cwe) expect(text).toContain(`CWE-${cwe}`);
      for (const id of rule.asvs['5.0.0']) expect(text).toContain(id);
    }
  });
});
