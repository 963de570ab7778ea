// Dependency rules earn nothing from silence when they could not look: no manifest, no advisory
// data, or advisory data older than the rule allows.
import { describe, expect, it } from 'vitest';
import { judgeRule } from '../asvs/preconditions.js';
import { allRuleScopes } from '../analyzer/rules/scopes.js';
import { emptyScanFacts, type ScanFacts } from '../domain/index.js';

const scope = (id: string) => {
  const s = allRuleScopes.find((r) => r.id === id);
  if (!s) throw new Error(`no rule ${id}`);
  return s;
};
const facts = (extra: Partial<ScanFacts>): ScanFacts => ({ ...emptyScanFacts(), pythonFiles: 4, ...extra });

describe('dependency preconditions', () => {
  const vulnerable = scope('PY-DEP-VULN');

  it('fresh advisory data over declared dependencies: examined, with what was seen', () => {
    const v = judgeRule(vulnerable, facts({ dependencies: 12, advisories: 3400, advisoryAgeDays: 2 }));
    expect(v).toEqual({ state: 'examined', seen: ['12 dependencies', '3400 advisories 2 days old'] });
  });

  it('advisory data older than 30 days: blocked, saying how old', () => {
    expect(judgeRule(vulnerable, facts({ dependencies: 12, advisories: 3400, advisoryAgeDays: 45 }))).toEqual({ state: 'blocked', why: 'advisory data is 45 days old' });
  });

  it('no advisory data, or no manifest: blocked', () => {
    expect(judgeRule(vulnerable, facts({ dependencies: 12 })).state).toBe('blocked');
    expect(judgeRule(vulnerable, facts({ advisories: 10, advisoryAgeDays: 1 }))).toMatchObject({ state: 'blocked', why: expect.stringContaining('no dependency manifest') });
  });

  it('rules that need only the inventory do not wait for advisories', () => {
    expect(judgeRule(scope('PY-DEP-UNPINNED'), facts({ dependencies: 3 })).state).toBe('examined');
  });
});
