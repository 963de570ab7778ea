// Field sensitivity for containers written once as literals: `values = [request.args["a"], "safe"]`
// then `values[1]`, or `d = {"safe": "ls", "bad": …}` then `d["safe"]`. A constant index or key into
// such a container reads one element, so a tainted sibling does not taint it. Only names bound once,
// to a literal, and never mutated, subscript-assigned or handed whole to a call qualify.
import type { SyntaxNode } from '../rule.js';

const LITERALS = new Set(['list', 'tuple', 'dictionary']);
const MUTATORS = new Set(['append', 'extend', 'insert', 'update', 'setdefault', 'pop', 'popitem', 'clear', 'remove', '__setitem__', 'sort', 'reverse']);

function boundNames(target: SyntaxNode, out: string[]): void {
  if (target.type === 'identifier') out.push(target.text);
  else if (['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'list_splat_pattern', 'parenthesized_expression'].includes(target.type)) {
    for (const c of target.namedChildren) boundNames(c, out);
  }
}

/** name → its literal, for the names of `scope` (a def or the module) that qualify. */
export function literalSlots(scope: SyntaxNode): Map<string, SyntaxNode> {
  const literal = new Map<string, SyntaxNode>();
  const spoiled = new Set<string>();
  const bind = (name: string, value: SyntaxNode | null) => {
    if (value && LITERALS.has(value.type) && !literal.has(name)) literal.set(name, value);
    else spoiled.add(name);
  };
  const stack: SyntaxNode[] = [...(scope.childForFieldName('body') ?? scope).namedChildren];
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.type) {
      case 'assignment': {
        const left = n.childForFieldName('left');
        const right = n.childForFieldName('right');
        if (left?.type === 'identifier') bind(left.text, right);
        else if (left) {
          const names: string[] = [];
          boundNames(left, names);
          for (const name of names) spoiled.add(name);
          if (left.type === 'subscript' || left.type === 'attribute') {
            const base = left.childForFieldName(left.type === 'subscript' ? 'value' : 'object');
            if (base?.type === 'identifier') spoiled.add(base.text);
          }
        }
        break;
      }
      case 'augmented_assignment':
      case 'named_expression':
      case 'for_statement':
      case 'for_in_clause':
      case 'with_item':
      case 'as_pattern':
      case 'delete_statement':
      case 'global_statement':
      case 'nonlocal_statement': {
        for (const id of n.descendantsOfType('identifier')) {
          // The loop/with/walrus targets and deleted names; reading `x[k]` in the iterable is harmless but rare.
          if (n.type === 'for_statement' || n.type === 'for_in_clause') {
            const left = n.childForFieldName('left');
            if (left && id.startIndex >= left.startIndex && id.endIndex <= left.endIndex) spoiled.add(id.text);
          } else spoiled.add(id.text);
        }
        break;
      }
      case 'call': {
        const f = n.childForFieldName('function');
        if (f?.type === 'attribute' && MUTATORS.has(f.childForFieldName('attribute')?.text ?? '')) {
          const obj = f.childForFieldName('object');
          if (obj?.type === 'identifier') spoiled.add(obj.text);
        }
        // Handed whole to a callee, the container may be changed there.
        for (const a of n.childForFieldName('arguments')?.namedChildren ?? []) {
          const v = a.type === 'keyword_argument' ? a.childForFieldName('value') : a.type === 'list_splat' || a.type === 'dictionary_splat' ? a.namedChildren[0] : a;
          if (v?.type === 'identifier') spoiled.add(v.text);
        }
        break;
      }
    }
    for (let i = n.namedChildCount - 1; i >= 0; i--) stack.push(n.namedChild(i)!);
  }
  for (const name of spoiled) literal.delete(name);
  return literal;
}

/** The element a constant index or key reads from a literal, or null when it cannot be told. */
export function literalElement(container: SyntaxNode, key: string | number): SyntaxNode | null {
  const items = container.namedChildren.filter((c) => c.type !== 'comment');
  if (container.type === 'dictionary') {
    if (typeof key !== 'string' || items.some((c) => c.type !== 'pair')) return null;
    let found: SyntaxNode | null = null;
    for (const p of items) {
      const k = p.childForFieldName('key');
      const content = k?.type === 'string' && !k.namedChildren.some((c) => c.type === 'interpolation') ? k.namedChildren.filter((c) => c.type === 'string_content').map((c) => c.text).join('') : null;
      if (content === null) return null;
      if (content === key) found = p.childForFieldName('value');
    }
    return found;
  }
  if (typeof key !== 'number' || !Number.isInteger(key) || items.some((c) => c.type === 'list_splat' || c.type === 'parenthesized_list_splat')) return null;
  const i = key < 0 ? items.length + key : key;
  return items[i] ?? null;
}
