// Qualified-name resolution, after ruff's semantic model: `from django.db import connection as c`
// makes `c.cursor` resolve to `django.db.connection.cursor`. Rules match these names, never raw text,
// so an alias or a local shadow cannot hide a call or fake one.

import type { SyntaxNode } from './syntax/syntax-node.js';

export interface NameResolver {
  /** Qualified name of an identifier, attribute chain or call's callee; null for locals and unknowns. */
  qualifiedName(node: SyntaxNode | null | undefined): string | null;
  /** Alias → qualified name, for every import in the file (module-level and local imports alike). */
  readonly bindings: ReadonlyMap<string, string>;
  /** Every module named by an import statement, fully qualified (`django.db`, `shop.models`). */
  readonly importedModules: ReadonlySet<string>;
  /** Names defined at module level by def/class (resolve to `<module>.<name>`). */
  readonly moduleDefinitions: ReadonlySet<string>;
  /** Modules whose public names `from m import *` brings in, in statement order (relative ones resolved). */
  readonly starImports: readonly string[];
}

const BUILTINS = new Set(
  (
    'abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex ' +
    'delattr dict dir divmod enumerate eval exec filter float format frozenset getattr globals hasattr ' +
    'hash help hex id input int isinstance issubclass iter len list locals map max memoryview min next ' +
    'object oct open ord pow print property range repr reversed round set setattr slice sorted ' +
    'staticmethod str sum super tuple type vars zip __import__ Exception ValueError TypeError KeyError ' +
    'PermissionError RuntimeError NotImplementedError AssertionError'
  ).split(' '),
);

/** `shop/views.py` → `shop.views`; `shop/__init__.py` → `shop`. */
export function moduleNameForPath(relPath: string): string {
  const noExt = relPath.replace(/\\/g, '/').replace(/\.pyi?$/, '');
  const parts = noExt.split('/').filter((p) => p.length > 0 && p !== '.');
  if (parts.length > 1 && parts[parts.length - 1] === '__init__') parts.pop();
  return parts.join('.');
}

export function isPackageInit(relPath: string): boolean {
  return /(^|\/)__init__\.pyi?$/.test(relPath);
}

function dotted(node: SyntaxNode): string {
  return node.text.replace(/\s+/g, '');
}

/** Resolve `from ..a import b` relative to the importing module. */
function resolveRelative(prefixDots: number, rest: string, module: string, isPackage: boolean): string {
  const parts = module.split('.').filter(Boolean);
  // A module's own package is one level up; a package's __init__ is its own package.
  let up = isPackage ? prefixDots - 1 : prefixDots;
  while (up > 0 && parts.length > 0) {
    parts.pop();
    up--;
  }
  if (rest) parts.push(rest);
  return parts.join('.');
}

function* importNodes(root: SyntaxNode): Generator<SyntaxNode> {
  // Imports sit in statements, never inside expressions: walking only blocks keeps this cheap.
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.namedChildren) {
      const t = child.type;
      if (t === 'import_statement' || t === 'import_from_statement') yield child;
      else if (
        t === 'function_definition' ||
        t === 'class_definition' ||
        t === 'decorated_definition' ||
        t === 'block' ||
        t === 'if_statement' ||
        t === 'try_statement' ||
        t === 'with_statement' ||
        t === 'else_clause' ||
        t === 'elif_clause' ||
        t === 'except_clause' ||
        t === 'finally_clause' ||
        t === 'for_statement' ||
        t === 'while_statement'
      )
        stack.push(child);
    }
  }
}

export function buildNameResolver(root: SyntaxNode, module: string, isPackage: boolean): NameResolver {
  const bindings = new Map<string, string>();
  const importedModules = new Set<string>();
  const moduleDefinitions = new Set<string>();
  const starImports: string[] = [];

  for (const stmt of importNodes(root)) {
    if (stmt.type === 'import_statement') {
      for (const name of stmt.childrenForFieldName('name')) {
        if (name.type === 'aliased_import') {
          const target = dotted(name.childForFieldName('name')!);
          const alias = name.childForFieldName('alias')?.text;
          importedModules.add(target);
          if (alias) bindings.set(alias, target);
        } else {
          // `import a.b.c` binds `a`, and `a.b.c` resolves to itself.
          const target = dotted(name);
          importedModules.add(target);
          const head = target.split('.')[0]!;
          if (!bindings.has(head)) bindings.set(head, head);
        }
      }
    } else {
      const moduleNode = stmt.childForFieldName('module_name');
      if (!moduleNode) continue;
      let from: string;
      if (moduleNode.type === 'relative_import') {
        const prefix = moduleNode.namedChildren.find((c) => c.type === 'import_prefix');
        const rest = moduleNode.namedChildren.find((c) => c.type === 'dotted_name');
        from = resolveRelative(prefix ? prefix.text.length : 1, rest ? dotted(rest) : '', module, isPackage);
      } else {
        from = dotted(moduleNode);
      }
      importedModules.add(from);
      // Which names a star import binds is known only once the project is indexed (taint/module-map.ts).
      if (from && stmt.namedChildren.some((c) => c.type === 'wildcard_import')) starImports.push(from);
      for (const name of stmt.childrenForFieldName('name')) {
        if (name.type === 'aliased_import') {
          const target = dotted(name.childForFieldName('name')!);
          const alias = name.childForFieldName('alias')?.text ?? target;
          bindings.set(alias, from ? `${from}.${target}` : target);
          importedModules.add(from ? `${from}.${target}` : target);
        } else {
          const target = dotted(name);
          bindings.set(target, from ? `${from}.${target}` : target);
          importedModules.add(from ? `${from}.${target}` : target);
        }
      }
    }
  }

  for (const child of root.namedChildren) {
    const def = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (def && (def.type === 'function_definition' || def.type === 'class_definition')) {
      const name = def.childForFieldName('name')?.text;
      if (name && !bindings.has(name)) moduleDefinitions.add(name);
    }
  }

  function resolveIdentifier(name: string): string | null {
    const bound = bindings.get(name);
    if (bound !== undefined) return bound;
    if (moduleDefinitions.has(name)) return module ? `${module}.${name}` : name;
    if (BUILTINS.has(name)) return `builtins.${name}`;
    return null;
  }

  // Many rules ask about the same call node; each question costs tree-sitter binding calls, so the
  // answer is kept per node id (unique within this file's tree).
  const memo = new Map<number, string | null>();

  function qualifiedName(node: SyntaxNode | null | undefined): string | null {
    if (!node) return null;
    const id = node.id;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const name = resolveChain(node);
    memo.set(id, name);
    return name;
  }

  function resolveChain(node: SyntaxNode): string | null {
    const attrs: string[] = [];
    let cur: SyntaxNode | null = node;
    // Iterative: attribute chains in hostile code can be thousands deep.
    for (;;) {
      if (!cur) return null;
      if (cur.type === 'call') cur = cur.childForFieldName('function');
      else if (cur.type === 'attribute') {
        const attr = cur.childForFieldName('attribute');
        if (!attr) return null;
        attrs.push(attr.text);
        cur = cur.childForFieldName('object');
        if (cur?.type === 'call') return null; // `f().x` is not a static name
      } else if (cur.type === 'identifier') {
        const head = resolveIdentifier(cur.text);
        if (head === null) return null;
        attrs.reverse();
        return attrs.length > 0 ? `${head}.${attrs.join('.')}` : head;
      } else if (cur.type === 'parenthesized_expression' && cur.namedChildCount === 1) {
        cur = cur.namedChild(0);
      } else return null;
    }
  }

  return { qualifiedName, bindings, importedModules, moduleDefinitions, starImports };
}
