// Local type knowledge without dataflow: was a name bound, in the same function (or module), to
// the result of a call we recognise — `s = requests.Session()`, `with tarfile.open(p) as tar:`?
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { descendants } from './classes.js';

export function boundToCallOf(name: string, at: SyntaxNode, ctx: RuleContext, callees: ReadonlySet<string>): boolean {
  let scope: SyntaxNode | null = at.parent;
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module') scope = scope.parent;
  if (!scope) return false;
  for (const n of descendants(scope)) {
    let target: SyntaxNode | null = null;
    let value: SyntaxNode | null = null;
    if (n.type === 'assignment') {
      target = n.childForFieldName('left');
      value = n.childForFieldName('right');
    } else if (n.type === 'as_pattern') {
      value = n.namedChild(0);
      target = n.childForFieldName('alias') ?? n.namedChild(1);
      if (target?.type === 'as_pattern_target') target = target.namedChild(0);
    }
    if (target?.text !== name || value?.type !== 'call') continue;
    if (callees.has(ctx.names.qualifiedName(value.childForFieldName('function')) ?? '')) return true;
  }
  return false;
}
