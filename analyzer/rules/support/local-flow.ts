// Function-local value flow for rules that judge what a value is made of: which expressions a local
// name is assigned from (flow-insensitive: every assignment in the function counts), and a walk over
// an expression that follows those names a few hops. Enough for `pw = request.POST["password"]`
// followed by `logger.info("login %s", pw)`; interprocedural flows are the taint engine's job.
import type { SyntaxNode } from '../../rule.js';
import { descendants } from './classes.js';
import { memoByNode } from './node-memo.js';

export interface LocalDefs {
  /** name → the expressions assigned to it (for `a, b = x` both get x). */
  values: Map<string, SyntaxNode[]>;
  /** Names bound by `except E as name`, with the handler's exception type text. */
  exceptionNames: Map<string, string>;
  /** Parameters, by name: their node (default values tell Form() from Query()). */
  params: Map<string, SyntaxNode>;
}

const MUTATORS = new Set(['append', 'extend', 'update', 'add', 'insert', 'setdefault', 'appendleft']);

function targetNames(t: SyntaxNode): SyntaxNode[] {
  if (t.type === 'identifier') return [t];
  if (t.type === 'pattern_list' || t.type === 'tuple_pattern' || t.type === 'tuple' || t.type === 'list_pattern' || t.type === 'list') {
    return t.namedChildren.flatMap(targetNames);
  }
  if (t.type === 'list_splat_pattern') return t.namedChildren.flatMap(targetNames);
  return [];
}

function addValue(defs: LocalDefs, name: string, value: SyntaxNode): void {
  const list = defs.values.get(name);
  if (list) list.push(value);
  else defs.values.set(name, [value]);
}

/**
 * Stays inside the function: nested defs and classes have their own scope. Kept per function:
 * a dozen rules walk the same handler, and the list is the same for each (never modify it).
 */
export const ownNodes: (fn: SyntaxNode) => readonly SyntaxNode[] = memoByNode((fn) => {
  const out: SyntaxNode[] = [];
  const body = fn.childForFieldName('body');
  if (!body) return out;
  const stack = [body];
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    const kids = n.namedChildren;
    for (let i = kids.length - 1; i >= 0; i--) {
      const c = kids[i]!;
      if (c.type === 'function_definition' || c.type === 'class_definition' || c.type === 'lambda') continue;
      stack.push(c);
    }
  }
  return out;
});

export const localDefs: (fn: SyntaxNode) => LocalDefs = memoByNode((fn) => {
  const defs: LocalDefs = { values: new Map(), exceptionNames: new Map(), params: new Map() };
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    const name = p.type === 'identifier' ? p : (p.childForFieldName('name') ?? p.namedChildren.find((c) => c.type === 'identifier'));
    if (name?.type === 'identifier') defs.params.set(name.text, p);
  }
  for (const n of ownNodes(fn)) {
    if (n.type === 'assignment' || n.type === 'augmented_assignment') {
      const right = n.childForFieldName('right');
      const left = n.childForFieldName('left');
      if (!right || !left) continue;
      for (const t of targetNames(left)) addValue(defs, t.text, right);
      // `users[name] = {...}`, `data["password"] = pw`: the container now holds the value too.
      if (left.type === 'subscript' && left.childForFieldName('value')?.type === 'identifier') addValue(defs, left.childForFieldName('value')!.text, right);
    } else if (n.type === 'named_expression') {
      const name = n.childForFieldName('name');
      const value = n.childForFieldName('value');
      if (name && value) addValue(defs, name.text, value);
    } else if (n.type === 'call') {
      // `items.append(x)`, `payload.update(...)`: a mutator adds its arguments to the container.
      const f = n.childForFieldName('function');
      const obj = f?.type === 'attribute' ? f.childForFieldName('object') : null;
      if (obj?.type === 'identifier' && MUTATORS.has(f!.childForFieldName('attribute')?.text ?? '')) {
        for (const a of n.childForFieldName('arguments')?.namedChildren ?? []) addValue(defs, obj.text, a);
      }
    } else if (n.type === 'for_statement') {
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      if (left && right) for (const t of targetNames(left)) addValue(defs, t.text, right);
    } else if (n.type === 'with_item') {
      const v = n.childForFieldName('value');
      if (v?.type === 'as_pattern') {
        const alias = v.childForFieldName('alias')?.namedChildren[0];
        const src = v.namedChildren[0];
        if (alias && src) for (const t of targetNames(alias)) addValue(defs, t.text, src);
      }
    } else if (n.type === 'except_clause') {
      const v = n.namedChildren.find((c) => c.type === 'as_pattern');
      const alias = v?.childForFieldName('alias')?.namedChildren[0];
      if (alias?.type === 'identifier') defs.exceptionNames.set(alias.text, v!.namedChildren[0]?.text ?? '');
    }
  }
  return defs;
});

export interface WalkOptions {
  /** True when a leaf node (identifier, attribute, subscript, call) is what the rule looks for. */
  hit: (node: SyntaxNode) => boolean;
  /** True when the subtree cannot carry the value (len(x), a hash call, a boolean test). */
  stop?: (node: SyntaxNode) => boolean;
  /** How many assignments to follow back from a local name. */
  hops?: number;
}

/** The first node of `expr` (or of what its local names were assigned from) the rule looks for. */
export function findInValue(expr: SyntaxNode, fn: SyntaxNode | null, opts: WalkOptions): SyntaxNode | null {
  const defs = fn ? localDefs(fn) : null;
  const seen = new Set<string>();
  const walk = (root: SyntaxNode, hops: number): SyntaxNode | null => {
    const stack = [root];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (opts.stop?.(n)) continue;
      if (n.type === 'lambda' || n.type === 'comparison_operator' || n.type === 'not_operator' || n.type === 'keyword_argument' && n.childForFieldName('name')?.text === 'exc_info') continue;
      if (opts.hit(n)) return n;
      if (n.type === 'identifier' && defs && hops > 0 && !seen.has(n.text)) {
        const parent = n.parent;
        // Only a whole name is a value: the `x` of `obj.x` or of `f(x=…)` is not the local x.
        const isField = parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === n.id;
        const isKw = parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === n.id;
        if (!isField && !isKw) {
          seen.add(n.text);
          for (const v of defs.values.get(n.text) ?? []) {
            const found = walk(v, hops - 1);
            if (found) return found;
          }
        }
      }
      for (let i = n.namedChildCount - 1; i >= 0; i--) stack.push(n.namedChild(i)!);
    }
    return null;
  };
  return walk(expr, opts.hops ?? 3);
}

/** Every call in the function's own body (not nested defs). */
export function callsIn(fn: SyntaxNode): SyntaxNode[] {
  return ownNodes(fn).filter((n) => n.type === 'call');
}

/** The method or function name a call ends with: `request.session.flush()` → flush. */
export function callTail(call: SyntaxNode): string {
  const f = call.childForFieldName('function');
  if (!f) return '';
  if (f.type === 'attribute') return f.childForFieldName('attribute')?.text ?? '';
  return f.type === 'identifier' ? f.text : '';
}

/** The receiver text of a method call: `request.session.flush()` → request.session. */
export function callReceiverText(call: SyntaxNode): string {
  const f = call.childForFieldName('function');
  return f?.type === 'attribute' ? (f.childForFieldName('object')?.text ?? '') : '';
}

export { descendants };
