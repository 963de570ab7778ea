// Does a string look machine-generated? Shannon entropy per character, measured against the
// alphabet the string uses, with length floors so that words and identifiers are not mistaken
// for keys (the approach of detect-secrets and truffleHog, thresholds tuned on real settings files).

export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const HEX = /^[0-9a-fA-F]+$/;
const BASE64ISH = /^[A-Za-z0-9+/=_-]+$/;

/** True for values like `9f86d081884c7d659a2feaa0c55ad015` or `wJalrXUtnFEMI/K7MDENG/bPxRfiCY`. */
export function looksRandom(value: string): boolean {
  if (HEX.test(value)) {
    return value.length >= 24 && /[0-9]/.test(value) && /[a-fA-F]/.test(value) && shannonEntropy(value) >= 3.0;
  }
  if (!BASE64ISH.test(value) || value.length < 16) return false;
  // Random tokens mix letters and digits; words, identifiers and header names rarely do.
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  const floor = value.length >= 32 ? 4.0 : 3.5;
  return shannonEntropy(value) >= floor;
}
