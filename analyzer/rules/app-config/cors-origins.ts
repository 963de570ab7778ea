// Reading an allowed-origins argument: is it a wildcard that admits every site?
import type { RuleContext, SyntaxNode } from '../../rule.js';

// Regexes that match any origin, as people write them.
const MATCH_ALL = /^\^?(\.\*|\.\+|https?:\/\/\.\*|\(\.\*\))\$?$/;

/** 'wildcard' when the value admits every origin, 'unknown' when not constant, 'restricted' otherwise. */
export function originsValue(node: SyntaxNode | undefined, ctx: RuleContext, regex = false): 'wildcard' | 'restricted' | 'unknown' {
  if (!node) return 'unknown';
  const v = ctx.constant(node);
  if (!v) {
    // A list with one unknown item still admits everything when another item is '*'.
    if (node.type === 'list' || node.type === 'tuple' || node.type === 'set') {
      for (const item of node.namedChildren) {
        const iv = ctx.constant(item);
        if (iv?.kind === 'str' && isWildcard(iv.value, regex)) return 'wildcard';
      }
    }
    return 'unknown';
  }
  if (v.kind === 'str') return isWildcard(v.value, regex) ? 'wildcard' : 'restricted';
  if (v.kind === 'list' || v.kind === 'tuple' || v.kind === 'set') {
    return v.items.some((i) => i.kind === 'str' && isWildcard(i.value, regex)) ? 'wildcard' : 'restricted';
  }
  return 'unknown';
}

function isWildcard(s: string, regex: boolean): boolean {
  const t = s.trim();
  return t === '*' || (regex && MATCH_ALL.test(t));
}
