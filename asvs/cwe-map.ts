// Lookups over the hand-reviewed CWE <-> ASVS table (asvs/data/cwe-asvs.ts). Used to place findings of
// other tools (SARIF CWE tags) on requirements and to show which weaknesses a requirement is about.
import { CWE_ASVS } from './data/cwe-asvs.js';
import type { AsvsVersion } from './types.js';

/** Requirement ids of `version` that a CWE maps to; empty when the table has nothing for it. */
export function asvsForCwe(cwe: number | string, version: AsvsVersion = '5.0.0'): string[] {
  const n = typeof cwe === 'number' ? cwe : parseCweTag(cwe);
  if (n === null) return [];
  const entry = CWE_ASVS[n];
  if (!entry) return [];
  return [...(version === '5.0.0' ? entry.v5 : entry.v4)];
}

/** Union over several CWEs, in table order of first appearance. */
export function asvsForCwes(cwes: readonly (number | string)[], version: AsvsVersion = '5.0.0'): string[] {
  return [...new Set(cwes.flatMap((c) => asvsForCwe(c, version)))];
}

const byRequirement = new Map<string, number[]>();
for (const [cwe, entry] of Object.entries(CWE_ASVS)) {
  for (const [version, ids] of [['5.0.0', entry.v5], ['4.0.3', entry.v4]] as const) {
    for (const id of ids) {
      const key = `${version}:${id}`;
      const list = byRequirement.get(key) ?? [];
      list.push(Number(cwe));
      byRequirement.set(key, list);
    }
  }
}

/** CWEs mapped to a requirement, ascending. */
export function cwesForRequirement(id: string, version: AsvsVersion = '5.0.0'): number[] {
  return [...(byRequirement.get(`${version}:${id}`) ?? [])].sort((a, b) => a - b);
}

/** Every CWE the table knows. */
export function mappedCwes(): number[] {
  return Object.keys(CWE_ASVS).map(Number).sort((a, b) => a - b);
}

/**
 * The CWE number in a tag as tools write it: `CWE-89`, `cwe-89`, `external/cwe/cwe-89`, `CWE:89`, `89`.
 * Null when the tag names no CWE.
 */
export function parseCweTag(tag: string): number | null {
  const m = /^(?:.*\/)?(?:cwe[-:_ ]?)?(\d{1,5})(?::.*)?$/i.exec(tag.trim());
  return m ? Number(m[1]) : null;
}
