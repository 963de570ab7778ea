// What a Python file imports (top-level module names with their lines) and which module names its
// module-level settings spell as strings (INSTALLED_APPS, MIDDLEWARE …): the facts the phantom-import
// and unused-dependency rules compare with the inventory. Walks statements only, not expressions.
import type { SyntaxNode } from '../rule.js';

type Node = SyntaxNode;

export interface ImportUse {
  /** First dotted segment of the imported module (`django` for `from django.db import x`). */
  module: string;
  /** The dotted module as written. */
  dotted: string;
  line: number;
  column: number;
  endColumn: number;
  /** Inside `try:` with an `except ImportError`/`ModuleNotFoundError` (or bare except): optional by design. */
  optional: boolean;
}

export interface ImportFacts {
  imports: ImportUse[];
  /** First segments of dotted names spelled in module-level assigned strings. */
  stringModules: string[];
}

const CONTAINERS = new Set([
  'module',
  'block',
  'if_statement',
  'elif_clause',
  'else_clause',
  'try_statement',
  'except_clause',
  'except_group_clause',
  'finally_clause',
  'with_statement',
  'for_statement',
  'while_statement',
  'function_definition',
  'class_definition',
  'decorated_definition',
  'match_statement',
  'case_clause',
]);

function guardsImportError(tryNode: Node): boolean {
  return tryNode.namedChildren.some((c) => {
    if (c.type !== 'except_clause') return false;
    const head = c.namedChildren.find((x) => x.type !== 'block' && x.type !== 'comment');
    return !head || /\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/.test(head.text);
  });
}

function dottedNames(node: Node): Node[] {
  const out: Node[] = [];
  for (const c of node.namedChildren) {
    if (c.type === 'dotted_name') out.push(c);
    else if (c.type === 'aliased_import') {
      const n = c.childForFieldName('name');
      if (n) out.push(n);
    }
  }
  return out;
}

const DOTTED_STRING = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function collectStrings(node: Node, out: Set<string>): void {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'string') {
      const text = n.namedChildren.filter((c) => c.type === 'string_content').map((c) => c.text).join('');
      if (DOTTED_STRING.test(text) && text.includes('.')) out.add(text.split('.')[0]!);
      else if (DOTTED_STRING.test(text)) out.add(text);
      continue;
    }
    if (n.type === 'list' || n.type === 'tuple' || n.type === 'dictionary' || n.type === 'pair' || n.type === 'set' || n.type === 'parenthesized_expression' || n.type === 'binary_operator') {
      for (const c of n.namedChildren) stack.push(c);
    }
  }
}

export function importFacts(root: Node): ImportFacts {
  const imports: ImportUse[] = [];
  const strings = new Set<string>();
  const stack: Array<{ node: Node; optional: boolean }> = [{ node: root, optional: false }];
  while (stack.length) {
    const { node, optional } = stack.pop()!;
    if (node.type === 'import_statement' || node.type === 'import_from_statement') {
      const from = node.type === 'import_from_statement' ? node.childForFieldName('module_name') : null;
      // Relative imports (`from . import x`) are the project's own modules.
      if (from?.type === 'relative_import') continue;
      const targets = from ? [from] : dottedNames(node);
      for (const t of targets) {
        imports.push({
          module: t.text.split('.')[0]!,
          dotted: t.text,
          line: t.startPosition.row + 1,
          column: t.startPosition.column + 1,
          endColumn: t.endPosition.column + 1,
          optional,
        });
      }
      continue;
    }
    if (node.type === 'expression_statement' && node.parent?.type === 'module') {
      const a = node.namedChild(0);
      const right = a?.type === 'assignment' ? a.childForFieldName('right') : null;
      if (right) collectStrings(right, strings);
      continue;
    }
    if (!CONTAINERS.has(node.type)) continue;
    const inner = optional || (node.type === 'try_statement' && guardsImportError(node));
    for (let i = node.namedChildCount - 1; i >= 0; i--) {
      const c = node.namedChild(i)!;
      // The except/else/finally branches of a guarded try are the fallback, not optional imports themselves.
      const childOptional = node.type === 'try_statement' ? optional || (inner && c.type === 'block') : inner;
      stack.push({ node: c, optional: childOptional });
    }
  }
  imports.sort((a, b) => a.line - b.line || a.column - b.column);
  return { imports, stringModules: [...strings].sort() };
}
