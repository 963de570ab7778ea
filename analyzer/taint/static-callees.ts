// The qualified callees a function calls statically, and from them a file's: for the project pass
// (which functions are called at all, which run first) and the frameworks (does the file render
// templates, build an app). A walk over
// the IR's known shapes: only the fields that hold expressions or statements are read, where a
// generic walk over every key visits each node's location, text and constants too.
import type { Expr, FunctionIR, Stmt, Target } from './ir.js';

type Node = Expr | Stmt | Target;

/**
 * The callees of `fn`'s own body (a nested def is a function of its own). With `self` (a method's
 * first parameter), calls of methods on it are listed too, as `.name`. In the order a stack walk
 * that visits each node before its children, and the later of two siblings first, meets them
 * (first sighting wins): the order the file's facts have always had.
 */
export function staticCallees(fn: FunctionIR, self?: string): string[] {
  const out = new Set<string>();
  const stack: Node[] = [];
  pushAll(stack, fn.body);
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.k) {
      case 'call':
        if (typeof n.q === 'string') out.add(n.q);
        else if (self !== undefined && n.fn.k === 'attr' && n.fn.obj.k === 'name' && n.fn.obj.id === self) out.add(`.${n.fn.attr}`);
        stack.push(n.fn);
        pushAll(stack, n.args);
        for (const [, v] of n.kw) stack.push(v);
        pushAll(stack, n.spread);
        break;
      case 'attr':
        stack.push(n.obj);
        break;
      case 'sub':
        stack.push(n.obj, n.key);
        break;
      case 'op':
      case 'bool':
      case 'either':
        pushAll(stack, n.parts);
        break;
      case 'seq':
      case 'tuple':
        pushAll(stack, n.items);
        break;
      case 'dict':
        for (const [key, v] of n.entries) {
          if (key) stack.push(key);
          stack.push(v);
        }
        break;
      case 'cond':
        stack.push(n.test, n.a, n.b);
        break;
      case 'comp':
        for (const g of n.gens) {
          stack.push(g.target, g.iter);
          pushAll(stack, g.conds);
        }
        pushAll(stack, n.elt);
        break;
      case 'lambda':
        stack.push(n.body);
        break;
      case 'wrap':
        stack.push(n.e);
        break;
      case 'star':
        stack.push(n.t);
        break;
      case 'assign':
        pushAll(stack, n.targets);
        stack.push(n.value);
        break;
      case 'expr':
      case 'yield':
        stack.push(n.e);
        break;
      case 'return':
        if (n.e) stack.push(n.e);
        break;
      case 'if':
        stack.push(n.test);
        pushAll(stack, n.then);
        pushAll(stack, n.else);
        break;
      case 'loop':
        if (n.target) stack.push(n.target);
        if (n.iter) stack.push(n.iter);
        if (n.test) stack.push(n.test);
        pushAll(stack, n.body);
        pushAll(stack, n.else);
        break;
      case 'with':
        for (const it of n.items) {
          stack.push(it.e);
          if (it.target) stack.push(it.target);
        }
        pushAll(stack, n.body);
        break;
      case 'try':
        pushAll(stack, n.body);
        for (const h of n.handlers) pushAll(stack, h);
        pushAll(stack, n.else);
        pushAll(stack, n.final);
        break;
      default:
        // const, name, none, raise, jump, def: nothing below holds a call.
        break;
    }
  }
  return [...out];
}

/**
 * The file's static callees from its functions' own lists (FunctionIR.callees), without the method
 * entries: what one walk over every body finds, in its order. That walk's stack holds the bodies in
 * order and finishes each one before the one below, so the last function's calls come first.
 */
export function fileCallees(functions: readonly FunctionIR[]): string[] {
  const out = new Set<string>();
  for (let i = functions.length - 1; i >= 0; i--) for (const q of functions[i]!.callees ?? []) if (!q.startsWith('.')) out.add(q);
  return [...out];
}

function pushAll(stack: Node[], nodes: readonly Node[]): void {
  for (const n of nodes) stack.push(n);
}
