import { describe, expect, it } from 'vitest';
import { getCatalogue } from './catalogue.js';
import { crosswalkEntry } from './crosswalk.js';
import { asvsForCwe, asvsForCwes, cwesForRequirement, mappedCwes, parseCweTag } from './cwe-map.js';
import { CWE_ASVS, REMOVED_IN_REVIEW } from './data/cwe-asvs.js';
import { parse as parseYaml } from 'yaml';
import { readOfficialText } from '../test/helpers/asvs-official.js';

describe('CWE <-> ASVS table', () => {
  const v4 = getCatalogue('4.0.3');
  const v5Ids = new Set(getCatalogue('5.0.0').requirements.map((r) => r.id));
  const v4Ids = new Set(v4.requirements.map((r) => r.id));

  it('names only requirements that exist', () => {
    for (const [cwe, e] of Object.entries(CWE_ASVS)) {
      for (const id of e.v5) expect(v5Ids.has(id), `CWE-${cwe} -> 5.0.0 ${id}`).toBe(true);
      for (const id of e.v4) expect(v4Ids.has(id), `CWE-${cwe} -> 4.0.3 ${id}`).toBe(true);
    }
  });

  it('contains the whole official 4.0.3 CWE column', () => {
    for (const r of v4.requirements) for (const c of r.cwe) expect(asvsForCwe(c, '4.0.3'), `${r.id} CWE-${c}`).toContain(r.id);
  });

  it('contains every pair derived through the crosswalk unless review removed it with a reason', () => {
    const removed = new Set(REMOVED_IN_REVIEW.map(([c, id]) => `${c}:${id}`));
    const missing: string[] = [];
    for (const r of v4.requirements) {
      for (const c of r.cwe) {
        for (const l of crosswalkEntry('4.0.3', r.id)?.links ?? []) {
          for (const id of l.ids) if (!asvsForCwe(c, '5.0.0').includes(id) && !removed.has(`${c}:${id}`)) missing.push(`CWE-${c} ${r.id} -> ${id}`);
        }
      }
    }
    expect(missing).toEqual([]);
    for (const [c, id, why] of REMOVED_IN_REVIEW) {
      expect(asvsForCwe(c, '5.0.0')).not.toContain(id);
      expect(why.length).toBeGreaterThan(10);
    }
  });

  it('answers the common weaknesses of Python web code', () => {
    expect(asvsForCwe(89)).toEqual(['V1.2.4']);
    expect(asvsForCwe(89, '4.0.3')).toEqual(['V5.3.4', 'V5.3.5']);
    expect(asvsForCwe('CWE-78')).toEqual(['V1.2.5']);
    expect(asvsForCwe('external/cwe/cwe-502')).toEqual(['V1.5.2']);
    expect(asvsForCwe(79)).toContain('V1.2.1');
    expect(asvsForCwe(295)).toContain('V12.3.2');
    expect(asvsForCwe(999999)).toEqual([]);
    expect(asvsForCwes([22, 73])).toEqual(['V5.3.2', 'V5.3.3']);
    expect(cwesForRequirement('V1.2.4')).toEqual([89, 564, 943]);
    expect(cwesForRequirement('V5.3.8', '4.0.3')).toEqual([78]);
    expect(mappedCwes().length).toBeGreaterThan(128);
  });

  it('reads CWE tags as tools write them', () => {
    expect(['CWE-89', 'cwe-89', 'external/cwe/cwe-89', 'CWE:89', '89', 'CWE-89: SQL Injection'].map(parseCweTag)).toEqual([89, 89, 89, 89, 89, 89]);
    expect(['security', 'owasp-a03', ''].map(parseCweTag)).toEqual([null, null, null]);
  });
});

describe('cross-check with the unofficial 5.0.be CWE export', () => {
  it('agrees on most of its pairs (the rest were judged documentation-only or loose)', () => {
    const be = JSON.parse(readOfficialText('v5.0.be_cwe_mapping.json')) as Record<string, string>;
    const toV5 = parseYaml(readOfficialText('mapping_v5.0.be_to_v5.0.0.yml')) as Record<string, string>;
    let agree = 0;
    let total = 0;
    for (const [beId, cwe] of Object.entries(be)) {
      const target = toV5[beId];
      if (!target) continue;
      total++;
      if (asvsForCwe(Number(cwe)).includes(`V${String(target).replace('v5.0.0-', '')}`)) agree++;
    }
    expect(total).toBe(204);
    expect(agree).toBeGreaterThanOrEqual(185);
  });
});
