import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { getCatalogue } from './catalogue.js';
import { crosswalkEntries, crosswalkEntry, mapRequirementId, mapRequirementIds, mapStatuses } from './crosswalk.js';
import { officialMappingId, parseCrosswalkValue } from './crosswalk-parse.js';
import { readOfficialText } from '../test/helpers/asvs-official.js';
import type { RequirementStatus } from './types.js';

describe('crosswalk data', () => {
  it('is exactly the official mapping files, parsed with a real YAML parser', () => {
    for (const [file, from, to] of [
      ['mapping_v4.0.3_to_v5.0.0.yml', '4.0.3', '5.0.0'],
      ['mapping_v5.0.0_to_v4.0.3.yml', '5.0.0', '4.0.3'],
    ] as const) {
      const doc = parseYaml(readOfficialText(file)) as Record<string, Record<string, string>>;
      const expected = Object.entries(doc).map(([k, v]) => parseCrosswalkValue(officialMappingId(k, from), v[`tag-v${to}`]!, to));
      expect(crosswalkEntries(from)).toEqual(expected);
    }
  });

  it('covers every requirement of both catalogues and points only at real ids', () => {
    for (const [from, to] of [['4.0.3', '5.0.0'], ['5.0.0', '4.0.3']] as const) {
      const ids = new Set(getCatalogue(to).requirements.map((r) => r.id));
      expect(crosswalkEntries(from).map((e) => e.id).sort()).toEqual(getCatalogue(from).requirements.map((r) => r.id).sort());
      for (const e of crosswalkEntries(from)) for (const l of e.links) for (const id of l.ids) expect(ids.has(id), `${e.id} -> ${id}`).toBe(true);
    }
  });

  it('has the counts the README gives', () => {
    const v4 = crosswalkEntries('4.0.3');
    expect(v4.filter((e) => e.links.length > 0)).toHaveLength(228);
    expect(v4.filter((e) => e.links.length === 0)).toHaveLength(50);
    const v5 = crosswalkEntries('5.0.0');
    expect(v5.filter((e) => e.added && e.links.length === 0)).toHaveLength(155);
    expect(v5.filter((e) => e.links.length > 0)).toHaveLength(190);
  });

  it('reads verbs, reasons and continued id lists', () => {
    expect(parseCrosswalkValue('V1.5.1', 'SPLIT TO v5.0.0-2.1.1, v5.0.0-2.1.2', '5.0.0').links).toEqual([{ kind: 'split', ids: ['V2.1.1', 'V2.1.2'] }]);
    const deleted = parseCrosswalkValue('V1.1.6', 'DELETED, INSUFFICIENT IMPACT', '5.0.0');
    expect([deleted.deleted, deleted.deletedReason, deleted.links]).toEqual([true, 'insufficient-impact', []]);
    expect(() => parseCrosswalkValue('V1.1.1', 'TELEPORTED TO v5.0.0-1.1.1', '5.0.0')).toThrow(/unknown relation "TELEPORTED/);
    expect(() => parseCrosswalkValue('V1.1.1', 'MOVED TO v4.0.3-1.1.1', '5.0.0')).toThrow(/should be a 5.0.0 id/);
  });
});

describe('mapping ids and statuses between versions', () => {
  it('maps SQL injection both ways', () => {
    expect(mapRequirementId('V5.3.4', '4.0.3', '5.0.0')).toEqual(['V1.2.4']);
    expect(mapRequirementId('V1.2.4', '5.0.0', '4.0.3')).toEqual(['V5.3.4', 'V5.3.5']);
    expect(mapRequirementIds(['V5.3.4', 'V5.3.8'], '4.0.3', '5.0.0')).toEqual(['V1.2.4', 'V1.2.5']);
    expect(mapRequirementId('V1.1.1', '4.0.3', '5.0.0')).toEqual([]);
    expect(crosswalkEntry('4.0.3', 'V1.1.1')?.deletedReason).toBe('not-in-scope');
  });

  const v5Ids = getCatalogue('5.0.0').requirements.map((r) => r.id);

  it('carries a pass along a move but not into content 5.0.0 added', () => {
    const from = new Map<string, RequirementStatus>([['V5.3.4', 'passing_automated'], ['V5.3.5', 'passing_automated'], ['V1.2.4', 'passing_attested']]);
    const mapped = mapStatuses(from, '4.0.3', '5.0.0', v5Ids);
    expect(mapped.get('V1.2.4')?.status).toBe('passing_automated');
    expect(mapped.get('V1.2.4')?.from).toEqual(['V5.3.4', 'V5.3.5']);
    // V6.3.4 is ADDED (split from 4.0.3 V1.2.4): new content, so not proven by the old pass.
    expect(mapped.get('V6.3.4')?.status).toBe('not_verified');
    // Pure additions have no source at all.
    expect(mapped.get('V6.1.2')).toMatchObject({ status: 'not_verified', from: [] });
    // 4.0.3 V1.2.4 moved to 5.0.0 V6.1.3 (which only "covers" V1.2.3, so that one does not block the pass).
    expect(mapped.get('V6.1.3')?.status).toBe('passing_attested');
    expect([...mapped.values()].filter((m) => m.status.startsWith('passing')).length).toBe(2);
  });

  it('carries a failure along every link, including "covered by"', () => {
    const mapped = mapStatuses(new Map([['V5.3.5', 'failing']]), '4.0.3', '5.0.0', ['V1.2.4']);
    expect(mapped.get('V1.2.4')).toMatchObject({ status: 'failing', reason: 'failing in 4.0.3: V5.3.5' });
  });

  it('needs every merged source to pass and treats unknown sources as not verified', () => {
    // 4.0.3 V1.2.2 was merged into 5.0.0 V13.2.1, which also came from V2.10.1.
    const one = mapStatuses(new Map([['V2.10.1', 'passing_attested']]), '4.0.3', '5.0.0', ['V13.2.1']).get('V13.2.1')!;
    expect(one.status).toBe('not_verified');
    const both = mapStatuses(new Map([['V2.10.1', 'passing_attested'], ['V1.2.2', 'not_applicable']]), '4.0.3', '5.0.0', ['V13.2.1']).get('V13.2.1')!;
    expect(both.status).toBe('passing_attested');
  });

  it('maps back from 5.0.0 to 4.0.3, leaving deleted requirements not verified', () => {
    const mapped = mapStatuses(new Map([['V1.2.4', 'failing'], ['V1.2.5', 'passing_automated']]), '5.0.0', '4.0.3', ['V5.3.4', 'V5.3.8', 'V1.1.1']);
    expect(mapped.get('V5.3.4')?.status).toBe('failing');
    expect(mapped.get('V5.3.8')?.status).toBe('passing_automated');
    expect(mapped.get('V1.1.1')).toMatchObject({ status: 'not_verified', reason: 'deleted in 5.0.0 (not-in-scope)' });
  });
});
