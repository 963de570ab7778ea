// CWE numbers in the places SARIF producers put them: rule and result tags (`external/cwe/cwe-089`
// from CodeQL, `CWE-89: Improper …` from Semgrep), taxa references to a CWE tool component, and
// Bandit's `cwe` property. A tag counts only when it says "cwe": plain numbers mean other things.
import { parseCweTag } from '../../asvs/cwe-map.js';

export function cweFromTag(tag: string): number | null {
  if (!/cwe/i.test(tag)) return null;
  return parseCweTag(tag);
}

export function cwesFromTags(tags: readonly unknown[] | undefined): number[] {
  const out: number[] = [];
  for (const t of tags ?? []) {
    const n = typeof t === 'string' ? cweFromTag(t) : null;
    if (n !== null && n > 0) out.push(n);
  }
  return out;
}

/** `{ cwe: 89 }`, `{ cwe: 'CWE-89' }`, `{ cwe: { id: 89, link } }` (Bandit) — whatever shape, pull the number. */
export function cweFromProperty(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  if (typeof value === 'string') return /^\d+$/.test(value.trim()) ? Number(value.trim()) : cweFromTag(value);
  if (value && typeof value === 'object' && 'id' in value) return cweFromProperty((value as { id: unknown }).id);
  return null;
}
