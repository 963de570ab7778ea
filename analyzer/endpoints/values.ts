// Python expressions as plain data for the endpoint inventory: enough of a route declaration,
// decorator or class attribute to resolve it across files on the main thread (names are
// qualified in the worker, where the file's imports are known).
import type { SyntaxNode } from '../rule.js';
import type { FileContext } from '../file-context.js';

export type Val =
  | { k: 'str'; v: string }
  | { k: 'num'; v: number }
  | { k: 'bool'; v: boolean }
  | { k: 'none' }
  /** A name: imported or defined (`shop.views.home`), a module variable (`shop.urls.router`), or `local:x`. */
  | { k: 'ref'; q: string }
  | { k: 'call'; q: string | null; args: Val[]; kw: Record<string, Val>; line: number }
  | { k: 'list'; items: Val[] }
  /** `Annotated[User, Depends(f)]`, `list[Item]`. */
  | { k: 'generic'; q: string | null; args: Val[] }
  | { k: 'dict'; entries: Array<[string, Val]> }
  | { k: 'other'; text: string };

const MAX_DEPTH = 12;
const MAX_ITEMS = 200;

/** Names assigned at a file's top level (`router = DefaultRouter()`), which the name resolver leaves out. */
export function moduleVariables(root: SyntaxNode): Set<string> {
  const out = new Set<string>();
  for (const stmt of root.namedChildren) {
    const a = stmt.type === 'expression_statement' ? stmt.namedChild(0) : null;
    if (a?.type !== 'assignment') continue;
    const left = a.childForFieldName('left');
    if (left?.type === 'identifier') out.add(left.text);
  }
  return out;
}

export class ValueReader {
  constructor(
    private readonly ctx: FileContext,
    private readonly moduleVars: ReadonlySet<string>,
  ) {}

  /** Qualified name of a name or attribute chain; module variables and locals get their own forms. */
  ref(node: SyntaxNode | null | undefined): string | null {
    if (!node) return null;
    const q = this.ctx.names.qualifiedName(node);
    if (q) return q;
    let head: SyntaxNode | null = node;
    const attrs: string[] = [];
    for (let i = 0; head && i < MAX_DEPTH; i++) {
      if (head.type === 'identifier') break;
      if (head.type !== 'attribute') return null;
      attrs.unshift(head.childForFieldName('attribute')?.text ?? '');
      head = head.childForFieldName('object');
    }
    if (head?.type !== 'identifier') return null;
    const base = this.moduleVars.has(head.text) && !this.isLocal(node, head.text) ? `${this.ctx.module}.${head.text}` : `local:${head.text}`;
    return [base, ...attrs].join('.');
  }

  /** A name bound inside the enclosing function (parameter or assignment) shadows the module's. */
  private isLocal(node: SyntaxNode, name: string): boolean {
    for (let p = node.parent; p; p = p.parent) {
      if (p.type !== 'function_definition') continue;
      const params = p.childForFieldName('parameters');
      if (params && params.namedChildren.some((c) => (c.type === 'identifier' ? c.text : c.childForFieldName('name')?.text ?? c.namedChild(0)?.text) === name)) return true;
      const body = p.childForFieldName('body');
      return !!body && body.descendantsOfType('assignment').some((a) => a.childForFieldName('left')?.text === name);
    }
    return false;
  }

  value(node: SyntaxNode | null | undefined, depth = 0): Val {
    if (!node) return { k: 'none' };
    if (depth > MAX_DEPTH) return { k: 'other', text: node.text.slice(0, 80) };
    switch (node.type) {
      case 'string':
      case 'concatenated_string': {
        const c = this.ctx.constant(node);
        return c?.kind === 'str' ? { k: 'str', v: c.value } : { k: 'other', text: node.text.slice(0, 80) };
      }
      case 'integer':
      case 'float':
        return { k: 'num', v: Number(node.text) };
      case 'true':
        return { k: 'bool', v: true };
      case 'false':
        return { k: 'bool', v: false };
      case 'none':
        return { k: 'none' };
      case 'identifier':
      case 'attribute': {
        const c = node.type === 'identifier' ? this.ctx.constant(node) : undefined;
        if (c?.kind === 'str') return { k: 'str', v: c.value };
        const q = this.ref(node);
        return q ? { k: 'ref', q } : { k: 'other', text: node.text.slice(0, 80) };
      }
      case 'call':
        return this.call(node, depth);
      case 'list':
      case 'tuple':
      case 'set':
        return { k: 'list', items: node.namedChildren.filter((c) => c.type !== 'comment').slice(0, MAX_ITEMS).map((c) => this.value(c, depth + 1)) };
      case 'parenthesized_expression':
      case 'type':
        return this.value(node.namedChild(0), depth + 1);
      case 'generic_type': {
        const params = node.namedChildren.find((c) => c.type === 'type_parameter');
        return { k: 'generic', q: this.ref(node.namedChild(0)), args: (params?.namedChildren ?? []).map((c) => this.value(c, depth + 1)) };
      }
      case 'subscript':
        return { k: 'generic', q: this.ref(node.childForFieldName('value')), args: node.childrenForFieldName('subscript').map((c) => this.value(c, depth + 1)) };
      case 'dictionary': {
        const entries: Array<[string, Val]> = [];
        for (const pair of node.namedChildren) {
          if (pair.type !== 'pair' || entries.length >= MAX_ITEMS) continue;
          const key = this.ctx.constant(pair.childForFieldName('key'));
          if (key?.kind === 'str') entries.push([key.value, this.value(pair.childForFieldName('value'), depth + 1)]);
        }
        return { k: 'dict', entries };
      }
      case 'binary_operator': {
        // `[...] + router.urls` and friends: keep both sides as one list.
        const l = this.value(node.childForFieldName('left'), depth + 1);
        const r = this.value(node.childForFieldName('right'), depth + 1);
        if (node.children.some((c) => c.type === '+') && (l.k === 'list' || r.k === 'list')) return { k: 'list', items: [...(l.k === 'list' ? l.items : [l]), ...(r.k === 'list' ? r.items : [r])] };
        const c = this.ctx.constant(node);
        return c?.kind === 'str' ? { k: 'str', v: c.value } : { k: 'other', text: node.text.slice(0, 80) };
      }
      default:
        return { k: 'other', text: node.text.slice(0, 80) };
    }
  }

  call(node: SyntaxNode, depth = 0): Val {
    const fn = node.childForFieldName('function');
    const args: Val[] = [];
    const kw: Record<string, Val> = {};
    for (const a of node.childForFieldName('arguments')?.namedChildren ?? []) {
      if (a.type === 'comment') continue;
      if (a.type === 'keyword_argument') {
        const name = a.childForFieldName('name')?.text;
        if (name && Object.keys(kw).length < MAX_ITEMS) kw[name] = this.value(a.childForFieldName('value'), depth + 1);
      } else if (args.length < MAX_ITEMS) args.push(this.value(a, depth + 1));
    }
    // `X.as_view()` on a call result (`f().as_view`) has no static name: keep what can be said.
    return { k: 'call', q: fn ? this.ref(fn) : null, args, kw, line: node.startPosition.row + 1 };
  }
}

/** The last segment of a qualified name. */
export function lastName(q: string | null | undefined): string {
  if (!q) return '';
  const i = q.lastIndexOf('.');
  return i < 0 ? q : q.slice(i + 1);
}

export function strOf(v: Val | undefined): string | null {
  return v?.k === 'str' ? v.v : null;
}

export function listOf(v: Val | undefined): Val[] {
  if (!v) return [];
  return v.k === 'list' ? v.items : [v];
}

export function refOf(v: Val | undefined): string | null {
  if (!v) return null;
  if (v.k === 'ref') return v.q;
  return null;
}
