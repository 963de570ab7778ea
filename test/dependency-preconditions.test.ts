// Dependency rules earn nothing from silence when they could not look: no manifest, no advisory
// data, or advisory data older than the rule allows.
import { describe, expect, it } from 'vitest';
import { judgeRule } from '../asvs/preconditions.js';
import { allRuleScopes } from '../analyzer/rules/scopes.js';
import { emptyScanFacts, type ScanFacts } from '../domain/index.js';
import { computeCoverage } from '../asvs/coverage.js';

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

describe('dependency requirements in the verdict model (asvs/decide.ts)', () => {
  const depRules = allRuleScopes.filter((r) => r.id.startsWith('PY-DEP-'));
  const coverage = (version: '5.0.0' | '4.0.3', f: ScanFacts) =>
    computeCoverage({ version, level: 3, rules: depRules, rulesRun: depRules.map((r) => r.id), frameworksPresent: ['django'], facts: f, findings: [], attestations: [], now: '2026-12-01T00:00:00Z' });
  const fresh = facts({ dependencies: 12, advisories: 3400, advisoryAgeDays: 2 });
  const stale = facts({ dependencies: 12, advisories: 3400, advisoryAgeDays: 45 });

  for (const [version, id] of [['5.0.0', 'V15.2.1'], ['4.0.3', 'V14.2.1']] as const) {
    it(`${version} ${id}: a clean run with stale advisory data is not verified, saying how old; fresh data shows what was examined`, () => {
      const old = coverage(version, stale).requirements.find((r) => r.id === id)!;
      expect(old.status).toBe('not_verified');
      expect(old.reason).toBe('advisory data is 45 days old (PY-DEP-VULN, PY-DEP-VULN-RANGE)');
      const now = coverage(version, fresh).requirements.find((r) => r.id === id)!;
      expect(now.reason).toContain('3400 advisories 2 days old');
      expect(now.status).not.toBe('not_applicable_suggested');
      // Without a manifest no dependency rule could look: never a pass, never a suggested N/A.
      const none = coverage(version, facts({ advisories: 3400, advisoryAgeDays: 2 })).requirements.find((r) => r.id === id)!;
      expect(none).toMatchObject({ status: 'not_verified', reason: expect.stringContaining('no dependency manifest') });
    });
  }

  it('an open vulnerable-pin finding fails the requirement whatever the data age', () => {
    const vuln = depRules.find((r) => r.id === 'PY-DEP-VULN')!;
    const r = computeCoverage({
      version: '5.0.0', level: 1, rules: depRules, rulesRun: depRules.map((x) => x.id), frameworksPresent: [], facts: stale,
      findings: [{ ruleId: 'PY-DEP-VULN', asvs: vuln.asvs, standing: 'open' }], attestations: [], now: '2026-12-01T00:00:00Z',
    }).requirements.find((x) => x.id === 'V15.2.1')!;
    expect(r).toMatchObject({ status: 'failing', reason: '1 open finding of PY-DEP-VULN' });
  });
});
