// The rules and the standard must agree: every ASVS id a rule declares exists, every CWE it reports lands
// on a 5.0.0 requirement, and the hand-reviewed CWE table holds the pairs the rules declare.
import { describe, expect, it } from 'vitest';
import { allRules } from '../analyzer/rules/index.js';
import { findRequirement, isRequirementId } from '../asvs/catalogue.js';
import { asvsForCwe } from '../asvs/cwe-map.js';
import { ASVS_VERSIONS } from '../asvs/types.js';

describe('rules against the ASVS catalogue', () => {
  it('has rules to check', () => {
    expect(allRules.length).toBeGreaterThan(0);
  });

  it('every declared ASVS id exists in its version\'s catalogue', () => {
    const unknown: string[] = [];
    for (const rule of allRules) {
      for (const version of ASVS_VERSIONS) for (const id of rule.asvs[version]) if (!isRequirementId(version, id)) unknown.push(`${rule.id}: ${version} ${id}`);
    }
    expect(unknown).toEqual([]);
  });

  it('every CWE a rule reports maps to at least one 5.0.0 requirement', () => {
    const unmapped: string[] = [];
    for (const rule of allRules) for (const cwe of rule.cwe) if (asvsForCwe(cwe, '5.0.0').length === 0) unmapped.push(`${rule.id}: CWE-${cwe}`);
    expect(unmapped).toEqual([]);
  });

  it('the CWE table reaches every 5.0.0 id a rule declares from one of the rule\'s CWEs', () => {
    // A rule with several CWEs and ids pairs them loosely (Secure flag ↔ V3.3.1, HttpOnly ↔ V3.3.4), so
    // each declared id needs one CWE of the rule leading to it, not every combination.
    const missing: string[] = [];
    for (const rule of allRules) {
      for (const id of rule.asvs['5.0.0']) if (!rule.cwe.some((cwe) => asvsForCwe(cwe, '5.0.0').includes(id))) missing.push(`${rule.id}: CWE-${rule.cwe.join('/')} -> ${id}`);
    }
    expect(missing).toEqual([]);
  });

  it('a requirement some rule reports on is marked at least partly automatable', () => {
    // Otherwise the automatability data (asvs/data/automatability.ts) contradicts the rules.
    const manual: string[] = [];
    for (const rule of allRules) {
      for (const version of ASVS_VERSIONS) for (const id of rule.asvs[version]) if (findRequirement(version, id)?.automatable === 'manual') manual.push(`${rule.id}: ${version} ${id}`);
    }
    expect(manual).toEqual([]);
  });
});
