// Small readers of tree-sitter calls shared by the frameworks' registration finders.
import type { SyntaxNode } from '../rule.js';

export function positionalArgs(call: SyntaxNode): SyntaxNode[] {
  return (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a.type !== 'keyword_argument' && a.type !== 'comment');
}

export function keywordArg(call: SyntaxNode, name: string): SyntaxNode | undefined {
  const kw = call.childForFieldName('arguments')?.namedChildren.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
  return kw?.childForFieldName('value') ?? undefined;
}

/** Every call in the file, depth first. */
export function* callsIn(root: SyntaxNode): Generator<SyntaxNode> {
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'call') yield n;
    for (const c of n.namedChildren) stack.push(c);
  }
}

/** Method name of `obj.method(...)`, '' for a plain call. */
export function methodOf(call: SyntaxNode): string {
  const fn = call.childForFieldName('function');
  return fn?.type === 'attribute' ? (fn.childForFieldName('attribute')?.text ?? '') : '';
}

/** Regex groups of a URL pattern in order: a group of digits only is converted like `int`. */
export function regexParams(pattern: string): Record<string, string> {
  const out: Record<string, string> = {};
  let index = 0;
  for (const m of pattern.matchAll(/\((\?P<(\w+)>)?((?:[^()\\]|\\.)*)\)/g)) {
    if (m[0].startsWith('(?:')) continue;
    const conv = /^(\\d|\[0-9\])(\+|\*|\{\d+(,\d*)?\})?$/.test(m[3]!) ? 'int' : 'string';
    out[m[2] ?? `#${index}`] = conv;
    index++;
  }
  return out;
}
