// Fingerprints identify a finding across scans. They hash what the finding *is* (rule, file,
// enclosing scope, the flagged code with whitespace folded, and which of several identical
// occurrences it is), never where it sits, so inserting lines above it keeps the identity while
// editing the flagged code changes it.
import { createHash } from 'node:crypto';

export function normalizeCode(text: string): string {
  return text.replace(/#[^\n]*/g, '').replace(/\s+/g, ' ').trim().slice(0, 2000);
}

export function fingerprintOf(parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\u0000');
  }
  return h.digest('hex').slice(0, 32);
}

/**
 * Gives each finding its fingerprint; identical (rule, path, scope, code) tuples get an ordinal.
 *
 * The ordinal is the code's occurrence in its scope when the caller knows it (the second of two
 * identical `return JsonResponse(…)` lines is occurrence 1 whether or not the first is reported), so a
 * finding keeps its identity when an identical line above it stops being a finding. Without it, the
 * order among the findings is the ordinal. Both agree wherever every identical occurrence is reported.
 */
export class FingerprintAllocator {
  private readonly seen = new Map<string, number>();

  next(ruleId: string, path: string, scope: string, code: string, occurrence?: number): string {
    const key = fingerprintOf([ruleId, path, scope, normalizeCode(code)]);
    if (occurrence === undefined) {
      const n = this.seen.get(key) ?? 0;
      this.seen.set(key, n + 1);
      return n === 0 ? key : fingerprintOf([key, String(n)]);
    }
    // Two findings of one rule on one occurrence (rare: two messages on a node) still differ.
    const slot = `${key}|${occurrence}`;
    const dup = this.seen.get(slot) ?? 0;
    this.seen.set(slot, dup + 1);
    const ordinal = dup === 0 ? String(occurrence) : `${occurrence}.${dup}`;
    return ordinal === '0' ? key : fingerprintOf([key, ordinal]);
  }
}
