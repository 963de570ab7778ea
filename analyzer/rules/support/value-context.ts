// Where a value ends up: the name it is finally given to, climbing out of the expressions that
// wrap it (`token = "".join(random.choice(ALPHABET) for _ in range(32))` gives the random call
// the name `token`), and the function it is computed in.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { enclosingFunction, receivingName, type ReceivingName } from './names-of-values.js';

// Expressions a value can pass through and still be the value's main ingredient.
const WRAPPERS = new Set([
  'call', 'argument_list', 'generator_expression', 'list_comprehension', 'set_comprehension', 'for_in_clause',
  'binary_operator', 'parenthesized_expression', 'attribute', 'subscript', 'interpolation', 'string',
  'concatenated_string', 'conditional_expression', 'list', 'tuple', 'keyword_argument', 'format_expression',
  'boolean_operator', 'unary_operator', 'await',
]);

/** The nearest name the value flows into within its statement, if any. */
export function finalReceivingName(node: SyntaxNode, ctx: RuleContext): ReceivingName | null {
  let cur: SyntaxNode | null = node;
  for (let depth = 0; cur && depth < 12; depth++) {
    const recv = receivingName(cur, ctx);
    if (recv) return recv;
    const parent: SyntaxNode | null = cur.parent;
    if (!parent || !WRAPPERS.has(parent.type)) return null;
    // `user.set_password(<value>)`: the parameter is named by the method.
    if (parent.type === 'argument_list' && parent.parent?.type === 'call') {
      const fn = parent.parent.childForFieldName('function');
      const last = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.type === 'identifier' ? fn.text : null;
      if (last && /^(set|make|hash|store|save|send|email)_/.test(last)) return { name: last.replace(/^[a-z]+_/, ''), via: 'keyword' };
    }
    cur = parent;
  }
  return null;
}

/** Name of the enclosing function, or null at module level. */
export function enclosingFunctionName(node: SyntaxNode): string | null {
  return enclosingFunction(node)?.childForFieldName('name')?.text ?? null;
}

/** Qualified names of the calls enclosing a node, innermost first, within the same statement. */
export function enclosingCallNames(node: SyntaxNode, ctx: RuleContext): string[] {
  const out: string[] = [];
  for (let cur = node.parent; cur && WRAPPERS.has(cur.type); cur = cur.parent) {
    if (cur.type === 'call') {
      const n = ctx.names.qualifiedName(cur.childForFieldName('function'));
      if (n) out.push(n);
    }
  }
  return out;
}

/** Every identifier and attribute name used inside an expression. */
export function namesUsedIn(node: SyntaxNode): string[] {
  const out: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'identifier') out.push(n.text);
    for (const c of n.namedChildren) stack.push(c);
  }
  return out;
}
