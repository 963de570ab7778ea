// Which name a value is given to: `x = v`, `self.x = v`, `cfg['x'] = v`, `f(x=v)`, `{'x': v}`,
// `def f(x=v)`, `x == v`. Secret and randomness rules judge a literal by the name it lands in.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { memoByName } from './name-memo.js';

function unwrap(node: SyntaxNode): SyntaxNode {
  let cur = node;
  while (cur.parent?.type === 'parenthesized_expression') cur = cur.parent;
  return cur;
}

/** The last identifier of a target: `x` → x, `self.db.password` → password, `d["k"]` → k. */
export function targetName(target: SyntaxNode | null | undefined, ctx?: RuleContext): string | null {
  if (!target) return null;
  if (target.type === 'identifier') return target.text;
  if (target.type === 'attribute') return target.childForFieldName('attribute')?.text ?? null;
  if (target.type === 'subscript') {
    const index = target.childForFieldName('subscript');
    const v = ctx?.constant(index);
    if (v?.kind === 'str') return v.value;
    if (index?.type === 'string') {
      const raw = index.text.replace(/^[a-zA-Z]*['"]+|['"]+$/g, '');
      return raw;
    }
  }
  return null;
}

export interface ReceivingName {
  name: string;
  /** How the value reaches the name. */
  via: 'assignment' | 'keyword' | 'dict-key' | 'default-parameter' | 'comparison' | 'return';
}

/** The name a value expression flows into, looking only at its immediate syntactic parent. */
export function receivingName(value: SyntaxNode, ctx?: RuleContext): ReceivingName | null {
  const node = unwrap(value);
  const parent = node.parent;
  if (!parent) return null;
  switch (parent.type) {
    case 'assignment':
    case 'augmented_assignment': {
      if (parent.childForFieldName('right')?.id !== node.id) return null;
      const name = targetName(parent.childForFieldName('left'), ctx);
      return name ? { name, via: 'assignment' } : null;
    }
    case 'keyword_argument': {
      if (parent.childForFieldName('value')?.id !== node.id) return null;
      const name = parent.childForFieldName('name')?.text;
      return name ? { name, via: 'keyword' } : null;
    }
    case 'pair': {
      if (parent.childForFieldName('value')?.id !== node.id) return null;
      const key = ctx?.constant(parent.childForFieldName('key'));
      return key?.kind === 'str' ? { name: key.value, via: 'dict-key' } : null;
    }
    case 'default_parameter':
    case 'typed_default_parameter': {
      if (parent.childForFieldName('value')?.id !== node.id) return null;
      const name = parent.childForFieldName('name')?.text;
      return name ? { name, via: 'default-parameter' } : null;
    }
    case 'comparison_operator': {
      const operands = parent.namedChildren;
      if (operands.length !== 2) return null;
      const ops = parent.children.filter((c) => !c.isNamed).map((c) => c.text);
      if (ops.length !== 1 || (ops[0] !== '==' && ops[0] !== '!=')) return null;
      const other = operands[0]!.id === node.id ? operands[1]! : operands[0]!;
      const name = targetName(other, ctx);
      return name ? { name, via: 'comparison' } : null;
    }
    case 'return_statement': {
      const fn = enclosingFunction(parent);
      const name = fn?.childForFieldName('name')?.text;
      return name ? { name, via: 'return' } : null;
    }
    default:
      return null;
  }
}

/** The nearest enclosing `def`, or null at module or class level. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | null {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (cur.type === 'function_definition') return cur;
    if (cur.type === 'class_definition') return null;
  }
  return null;
}

/** The nearest enclosing class, skipping nested functions. */
export function enclosingClass(node: SyntaxNode): SyntaxNode | null {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (cur.type === 'class_definition') return cur;
  }
  return null;
}

/**
 * Lower-cased words of an identifier: `AWS_SECRET_ACCESS_KEY` → aws secret access key,
 * `dbPassword` → db password, `X-Api-Key` → x api key. Shared by every rule that splits names;
 * never modify a list.
 */
export const nameWords: (name: string) => readonly string[] = memoByName((name) =>
  Object.freeze(
    name
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  ),
);
