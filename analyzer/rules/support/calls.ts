// Reading a call's arguments the way Python binds them: positional by index, keyword by name.
import type { RuleContext, SyntaxNode } from '../../rule.js';

/** The qualified name of the called function, or null for locals and dynamic callees. */
export function calleeName(call: SyntaxNode, ctx: RuleContext): string | null {
  // qualifiedName of a call is its callee's, remembered per call node across every rule that asks.
  return call.type === 'call' ? ctx.names.qualifiedName(call) : null;
}

function argumentNodes(call: SyntaxNode): SyntaxNode[] {
  const args = call.childForFieldName('arguments');
  if (!args || args.type !== 'argument_list') return [];
  return args.namedChildren.filter((a) => a.type !== 'comment');
}

/** Positional arguments, in order; stops at the first `*args` since later indexes are unknown. */
export function positionalArguments(call: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const a of argumentNodes(call)) {
    if (a.type === 'keyword_argument' || a.type === 'dictionary_splat') continue;
    if (a.type === 'list_splat') break;
    out.push(a);
  }
  return out;
}

/** The value of `name=` in the call, if given. */
export function keywordArgument(call: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const a of argumentNodes(call)) {
    if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name) {
      return a.childForFieldName('value') ?? undefined;
    }
  }
  return undefined;
}

/** The argument bound to a parameter that may be passed by position or by keyword. */
export function argument(call: SyntaxNode, index: number, name: string): SyntaxNode | undefined {
  return keywordArgument(call, name) ?? positionalArguments(call)[index];
}

/** True when the call passes `**kwargs`: an absent keyword may still be given at run time. */
export function hasKeywordSplat(call: SyntaxNode): boolean {
  return argumentNodes(call).some((a) => a.type === 'dictionary_splat');
}

/** True when a call has no arguments at all besides comments. */
export function hasNoArguments(call: SyntaxNode): boolean {
  return argumentNodes(call).length === 0;
}
