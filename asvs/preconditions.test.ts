// The requirement-level families must say the same thing in both versions: a 4.0.3 upload
// requirement maps (through the official crosswalk) to a 5.0.0 requirement with the same families,
// and back, except where the crosswalk moves it to a requirement that is not about uploads only.
import { describe, expect, it } from 'vitest';
import { ASVS_VERSIONS } from '../domain/index.js';
import { isRequirementId } from './catalogue.js';
import { mapRequirementIds } from './crosswalk.js';
import { REQUIREMENT_FAMILIES } from './preconditions.js';

// 4.0.3 V12.5.2 (uploaded files never run as HTML/JS) moved into 5.0.0 V3.2.1, which covers every response.
const WIDER_IN_THE_OTHER_VERSION = new Set(['4.0.3 V12.5.2']);

describe('requirement families', () => {
  it('name requirements that exist', () => {
    for (const v of ASVS_VERSIONS) for (const id of Object.keys(REQUIREMENT_FAMILIES[v])) expect(isRequirementId(v, id), `${v} ${id}`).toBe(true);
  });

  it('agree across the crosswalk', () => {
    const mismatches: string[] = [];
    for (const from of ASVS_VERSIONS) {
      const to = from === '5.0.0' ? '4.0.3' : '5.0.0';
      for (const [id, families] of Object.entries(REQUIREMENT_FAMILIES[from])) {
        if (WIDER_IN_THE_OTHER_VERSION.has(`${from} ${id}`)) continue;
        for (const other of mapRequirementIds([id], from, to)) {
          const there = REQUIREMENT_FAMILIES[to][other];
          if (!there || [...there].sort().join() !== [...families].sort().join()) mismatches.push(`${from} ${id} → ${to} ${other}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
