// Is an expression a fixed byte string? Literals, module constants, `b"\x00" * 16`, `bytes(16)`.
import type { RuleContext, SyntaxNode } from '../../rule.js';

export function isConstantBytes(node: SyntaxNode | null | undefined, ctx: RuleContext): boolean {
  if (!node) return false;
  const v = ctx.constant(node);
  if (v?.kind === 'bytes' || v?.kind === 'str') return true;
  if (node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '*') {
    const l = ctx.constant(node.childForFieldName('left'));
    const r = ctx.constant(node.childForFieldName('right'));
    const isText = (x: typeof l) => x?.kind === 'bytes' || x?.kind === 'str';
    return (isText(l) && r?.kind === 'int') || (isText(r) && l?.kind === 'int');
  }
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    // `"literal".encode()` / `KEY.encode()`
    if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'encode') {
      const v = ctx.constant(callee.childForFieldName('object'));
      return v?.kind === 'str';
    }
    const fn = ctx.names.qualifiedName(node.childForFieldName('function'));
    if (fn !== 'builtins.bytes' && fn !== 'builtins.bytearray') return false;
    const args = node.childForFieldName('arguments')?.namedChildren ?? [];
    return args.length === 1 && ctx.constant(args[0]) !== undefined;
  }
  return false;
}
