// Reading class and function definitions: bases, class-level assignments, methods, decorators.
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { memoByNode } from './node-memo.js';

/** Qualified names of a class's bases (unresolvable bases are left out). */
export function baseNames(cls: SyntaxNode, ctx: RuleContext): string[] {
  const supers = cls.childForFieldName('superclasses');
  if (!supers) return [];
  const out: string[] = [];
  for (const b of supers.namedChildren) {
    if (b.type === 'keyword_argument' || b.type === 'comment') continue;
    const n = ctx.names.qualifiedName(b);
    if (n) out.push(n);
  }
  return out;
}

/** The definitions directly in a class body, decorated ones unwrapped. */
function bodyStatements(cls: SyntaxNode): readonly SyntaxNode[] {
  return cls.childForFieldName('body')?.namedChildren ?? [];
}

/** `NAME = value` statements directly in the class body. */
export function classAssignments(cls: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const stmt of bodyStatements(cls)) {
    if (stmt.type !== 'expression_statement') continue;
    const a = stmt.namedChild(0);
    if (a?.type !== 'assignment') continue;
    const left = a.childForFieldName('left');
    const right = a.childForFieldName('right');
    if (left?.type === 'identifier' && right) out.set(left.text, right);
  }
  return out;
}

/** Methods defined in the class body, by name. */
export function classMethods(cls: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const stmt of bodyStatements(cls)) {
    const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    if (def?.type === 'function_definition') {
      const name = def.childForFieldName('name')?.text;
      if (name) out.set(name, def);
    }
  }
  return out;
}

/**
 * Classes defined at the top of a module (decorated ones unwrapped), by name; a name defined twice is
 * its last definition, as Python binds it.
 */
export function moduleClasses(root: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const stmt of root.namedChildren) {
    const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    const name = def?.type === 'class_definition' ? def.childForFieldName('name')?.text : undefined;
    if (def && name) out.set(name, def);
  }
  return out;
}

/** Classes nested directly in the class body, by name (`class Meta:`). */
export function nestedClass(cls: SyntaxNode, name: string): SyntaxNode | null {
  for (const stmt of bodyStatements(cls)) {
    const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    if (def?.type === 'class_definition' && def.childForFieldName('name')?.text === name) return def;
  }
  return null;
}

export interface Decorator {
  node: SyntaxNode;
  /** Qualified name of the decorator or, for `@deco(...)`, of the called decorator factory. */
  name: string | null;
  /** The call node for `@deco(...)`, else null. */
  call: SyntaxNode | null;
}

/** Decorators of a function or class (empty when it is not decorated). */
export function decoratorsOf(def: SyntaxNode, ctx: RuleContext): Decorator[] {
  const wrapper = def.parent?.type === 'decorated_definition' ? def.parent : null;
  if (!wrapper) return [];
  const out: Decorator[] = [];
  for (const d of wrapper.namedChildren) {
    if (d.type !== 'decorator') continue;
    const expr = d.namedChildren.find((c) => c.type !== 'comment');
    if (!expr) continue;
    const call = expr.type === 'call' ? expr : null;
    out.push({ node: d, name: ctx.names.qualifiedName(call ? call.childForFieldName('function') : expr), call });
  }
  return out;
}

/**
 * Every named node of a subtree in pre-order, iteratively (hostile files nest deeply). Kept per
 * node: several module visitors walk the whole module (never modify the list).
 */
export const descendants: (root: SyntaxNode) => readonly SyntaxNode[] = memoByNode((root) => {
  const out: SyntaxNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    const kids = n.namedChildren;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
});
