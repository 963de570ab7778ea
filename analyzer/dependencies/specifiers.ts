// Specifiers as PEP 440 understands them. Poetry's caret (^1.2) and tilde (~1.2) and a bare `*`
// are rewritten to the range they mean; anything else must already be PEP 440.
import { validRange } from '@renovatebot/pep440';

function bumpAt(release: number[], index: number): string {
  const out = release.slice(0, index + 1);
  out[index] = out[index]! + 1;
  return out.join('.');
}

/** A PEP 440 specifier for what the declaration admits, or null when it cannot be expressed. */
export function asPep440(specifier: string): string | null {
  const s = specifier.trim();
  if (s === '' || s === '*') return '';
  const poetry = /^(\^|~(?!=))\s*(\d+(?:\.\d+)*)$/.exec(s);
  if (poetry) {
    const release = poetry[2]!.split('.').map(Number);
    if (poetry[1] === '^') {
      // ^ keeps the left-most non-zero component: ^1.2.3 → <2.0.0, ^0.2.3 → <0.3.0, ^0.0.3 → <0.0.4.
      const first = release.findIndex((n) => n !== 0);
      const at = first < 0 ? release.length - 1 : first;
      return `>=${poetry[2]},<${bumpAt(release, at)}`;
    }
    // ~1.2.3 → <1.3, ~1.2 → <1.3, ~1 → <2
    return `>=${poetry[2]},<${bumpAt(release, release.length > 1 ? 1 : 0)}`;
  }
  return validRange(s) ? s : null;
}
