// The text of string literals, including f-strings, whose holes are kept as `{…}` so that a rule
// can tell a literal part from an interpolated one.
import type { SyntaxNode } from '../../rule.js';

export const HOLE = '{…}';

/** Literal text of a `string` node (escapes left as written); interpolations become HOLE. */
export function literalText(node: SyntaxNode): string {
  let out = '';
  for (const child of node.children) {
    if (child.type === 'string_content' || child.type === 'escape_sequence') out += child.text;
    else if (child.type === 'interpolation') out += HOLE;
  }
  return out;
}

/** Literal text of a string or an implicit concatenation of strings; null for anything else. */
export function stringLiteralText(node: SyntaxNode | null | undefined): string | null {
  if (!node) return null;
  if (node.type === 'string') return literalText(node);
  if (node.type === 'concatenated_string') return node.namedChildren.filter((c) => c.type === 'string').map(literalText).join('');
  return null;
}

/** True for f-strings with at least one `{…}` hole. */
export function hasInterpolation(node: SyntaxNode): boolean {
  if (node.type === 'string') return node.children.some((c) => c.type === 'interpolation');
  if (node.type === 'concatenated_string') return node.namedChildren.some(hasInterpolation);
  return false;
}

/** A docstring: a string that is a statement of its own. */
export function isDocstring(node: SyntaxNode): boolean {
  return node.parent?.type === 'expression_statement' && node.parent.namedChildCount === 1;
}
