// Strings assembled at run time from non-constant pieces: f-strings with interpolations, `+`
// concatenation, `%` formatting and `.format()` with arguments that constant folding cannot resolve.
// Followed one local assignment back (`sql = f"…"; cursor.execute(sql)`).
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { enclosingFunction } from './names-of-values.js';
import { localDefs } from './local-flow.js';

export interface BuiltString {
  /** The constant text of the template, holes left out: what the string is about (SQL words, a command). */
  text: string;
  /** How it was built: 'an f-string', '+', '% formatting', '.format()'. */
  how: string;
  /** The first non-constant piece's source text. */
  piece: string;
}

function literalText(n: SyntaxNode): string {
  return n.namedChildren
    .filter((c) => c.type === 'string_content')
    .map((c) => c.text)
    .join(' ');
}

function built(node: SyntaxNode, ctx: RuleContext): BuiltString | null {
  if (ctx.constant(node)) return null;
  if (node.type === 'string') {
    const holes = node.namedChildren.filter((c) => c.type === 'interpolation');
    const dynamic = holes.find((h) => !ctx.constant(h.namedChildren[0]));
    return dynamic ? { text: literalText(node), how: 'an f-string', piece: dynamic.text } : null;
  }
  if (node.type === 'binary_operator') {
    const op = node.children.find((c) => !c.isNamed)?.text;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return null;
    if (op === '%' && left.type === 'string') {
      return ctx.constant(right) ? null : { text: literalText(left), how: '% formatting', piece: right.text };
    }
    if (op === '+') {
      const texts = [left, right].map((s) => (s.type === 'string' ? literalText(s) : (built(s, ctx)?.text ?? ''))).join(' ');
      const dyn = [left, right].find((s) => !ctx.constant(s) && s.type !== 'string');
      const inner = [left, right].map((s) => built(s, ctx)).find((b) => b);
      if (dyn) return { text: texts, how: '+', piece: dyn.text };
      return inner ? { ...inner, text: texts } : null;
    }
    return null;
  }
  if (node.type === 'call') {
    const f = node.childForFieldName('function');
    const obj = f?.type === 'attribute' ? f.childForFieldName('object') : null;
    if (f?.type === 'attribute' && f.childForFieldName('attribute')?.text === 'format' && obj?.type === 'string') {
      const args = node.childForFieldName('arguments')?.namedChildren ?? [];
      const dyn = args.find((a) => !ctx.constant(a.type === 'keyword_argument' ? a.childForFieldName('value') : a));
      return dyn ? { text: literalText(obj), how: '.format()', piece: dyn.text } : null;
    }
  }
  return null;
}

/** How `node` (or the single local it names) was assembled from non-constant pieces, or null. */
export function builtString(node: SyntaxNode, ctx: RuleContext): BuiltString | null {
  const direct = built(node, ctx);
  if (direct || node.type !== 'identifier') return direct;
  const fn = enclosingFunction(node);
  const values = fn ? (localDefs(fn).values.get(node.text) ?? []) : [];
  for (const v of values) {
    const b = built(v, ctx);
    if (b) return b;
  }
  return null;
}
