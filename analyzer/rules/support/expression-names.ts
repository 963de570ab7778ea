// The name an expression reads its value by: `password` → password, `user.password` → password,
// `request.POST["password"]` → password, `data.get("card_number")` → card_number,
// `form.password.data` → password. Rules judge sensitivity and identity by that name.
import type { SyntaxNode } from '../../rule.js';
import { stringLiteralText } from './string-literals.js';

const ACCESSORS = new Set(['get', 'getlist', 'pop', 'getone', 'get_cookie']);
// `form.password.data`, `field.value`: the field's name says what the value is.
const VALUE_ATTRS = new Set(['data', 'value', 'text']);

export function expressionName(node: SyntaxNode): string | null {
  switch (node.type) {
    case 'identifier':
      return node.text;
    case 'attribute': {
      const attr = node.childForFieldName('attribute')?.text ?? null;
      const obj = node.childForFieldName('object');
      if (attr && VALUE_ATTRS.has(attr) && obj?.type === 'attribute') return obj.childForFieldName('attribute')?.text ?? attr;
      // DRF's `token.key` is the token itself.
      if (attr === 'key' && obj?.type === 'identifier' && /token/i.test(obj.text)) return obj.text;
      return attr;
    }
    case 'subscript': {
      const key = node.childForFieldName('subscript');
      return key ? stringLiteralText(key) : null;
    }
    case 'call': {
      const f = node.childForFieldName('function');
      const args = node.childForFieldName('arguments')?.namedChildren.filter((a) => a.type !== 'comment') ?? [];
      if (f?.type === 'attribute' && ACCESSORS.has(f.childForFieldName('attribute')?.text ?? '') && args[0]) return stringLiteralText(args[0]);
      if (f?.type === 'identifier' && f.text === 'getattr' && args[1]) return stringLiteralText(args[1]);
      return null;
    }
    default:
      return null;
  }
}

/** The object a field is read from: `request.POST["x"]` → `request.POST`, `user.password` → `user`. */
export function containerOf(node: SyntaxNode): SyntaxNode | null {
  if (node.type === 'attribute') return node.childForFieldName('object');
  if (node.type === 'subscript') return node.childForFieldName('value');
  if (node.type === 'call') {
    const f = node.childForFieldName('function');
    if (f?.type === 'attribute') return f.childForFieldName('object');
  }
  return null;
}

/** The module node a node belongs to. */
export function rootOf(node: SyntaxNode): SyntaxNode {
  let cur = node;
  while (cur.parent) cur = cur.parent;
  return cur;
}
