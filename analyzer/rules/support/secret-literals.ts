// String literals that land in a name: the shared first step of the name-based secret rules.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { receivingName, type ReceivingName } from './names-of-values.js';

export interface NamedLiteral extends ReceivingName {
  value: string;
}

/** A constant string (or bytes) given to a name; null for f-strings with holes and inner parts of concatenations. */
export function namedLiteral(node: SyntaxNode, ctx: RuleContext): NamedLiteral | null {
  if (node.parent?.type === 'concatenated_string') return null;
  const recv = receivingName(node, ctx);
  if (!recv) return null;
  const v = ctx.constant(node);
  if (!v || (v.kind !== 'str' && v.kind !== 'bytes')) return null;
  return { ...recv, value: v.value };
}

/** Bandit's id for a hard-coded password by the way it is written (B105 string, B106 kwarg, B107 default). */
export function banditIdFor(via: ReceivingName['via']): string {
  if (via === 'keyword') return 'B106';
  if (via === 'default-parameter') return 'B107';
  return 'B105';
}
