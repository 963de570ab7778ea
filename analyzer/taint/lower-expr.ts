// Lowering of Python expressions into the taint IR (analyzer/taint/ir.ts). Runs in the worker,
// where the tree and the name resolver live; names are resolved to qualified names here so the
// project pass never needs the tree.
import type { SyntaxNode } from '../rule.js';
import type { FileContext } from '../file-context.js';
import type { ConstValue } from '../constants.js';
import type { Ann, ConstLit, Expr, Loc, Target } from './ir.js';
import { literalElement, literalSlots } from './literal-slots.js';
import { patternBoundsValue } from '../frameworks/libraries/index.js';

const CONST_STR_MAX = 400;
const MAX_EXPR_DEPTH = 150;

export function locOf(node: SyntaxNode): Loc {
  return [node.startPosition.row + 1, node.startPosition.column + 1, node.endPosition.row + 1, node.endPosition.column + 1];
}

function toLit(v: ConstValue): ConstLit | undefined {
  switch (v.kind) {
    case 'str':
    case 'bytes':
      return v.value.length <= CONST_STR_MAX ? v.value : undefined;
    case 'int':
    case 'float':
      return v.value;
    case 'bool':
      return v.value;
    case 'none':
      return null;
    case 'list':
    case 'tuple':
    case 'set': {
      if (v.items.length > 200) return undefined;
      const out: ConstLit[] = [];
      for (const i of v.items) {
        const l = toLit(i);
        if (l === undefined) return undefined;
        out.push(l);
      }
      return out;
    }
    case 'dict': {
      // Only the keys matter to guards (`x in MAPPING`).
      const out: ConstLit[] = [];
      for (const [k] of v.entries.slice(0, 200)) {
        const l = toLit(k);
        if (l === undefined) return undefined;
        out.push(l);
      }
      return out;
    }
  }
}

const COMPARE_OPS = new Set(['in', 'not in', 'is', 'is not', '==', '!=', '<', '>', '<=', '>=']);

export class ExprLowerer {
  /** Names local to the function being lowered: they never resolve to a qualified name. */
  locals: ReadonlySet<string> = new Set();

  constructor(
    readonly ctx: FileContext,
    /** Names assigned at module level (not def/class/import): `<module>.<name>` for functions. */
    readonly moduleNames: ReadonlySet<string>,
  ) {}

  /**
   * Source text is not copied into the IR: reading node offsets through the native binding costs
   * more than the whole lowering. The project pass cuts texts from the file's lines by location.
   */
  text(_node: SyntaxNode): string {
    return '';
  }

  /** Qualified name of a name or attribute chain whose head is not a local. */
  qname(node: SyntaxNode): string | undefined {
    let head: SyntaxNode | null = node;
    while (head && head.type === 'attribute') head = head.childForFieldName('object');
    if (!head || head.type !== 'identifier') return undefined;
    if (this.locals.has(head.text)) return undefined;
    const q = this.ctx.names.qualifiedName(node);
    if (q) return q;
    // A free name in a module with star imports may be one of theirs: `<module>.<name>` lets the
    // project pass look it up in the star-imported modules (Program.canonical).
    if (this.moduleNames.has(head.text) || this.ctx.names.starImports.length > 0) {
      const rest = node.type === 'attribute' ? node.text.slice(head.text.length).replace(/\s+/g, '') : '';
      return `${this.ctx.module}.${head.text}${rest}`;
    }
    return undefined;
  }

  private constOf(node: SyntaxNode): Expr | null {
    const v = this.ctx.constant(node);
    if (!v) return null;
    const lit = toLit(v);
    return lit === undefined ? { k: 'const', loc: locOf(node) } : { k: 'const', v: lit, loc: locOf(node) };
  }

  private depth = 0;
  private readonly slots = new Map<number, Map<string, SyntaxNode>>();

  /** `values[1]` of a literal `values` whose element 1 is a constant: that constant (see literal-slots.ts). */
  private literalRead(node: SyntaxNode, keyNode: SyntaxNode): Expr | null {
    const base = node.childForFieldName('value');
    if (base?.type !== 'identifier') return null;
    const key = this.ctx.constant(keyNode);
    if (key?.kind !== 'int' && key?.kind !== 'str') return null;
    let scope: SyntaxNode | null = node.parent;
    while (scope && scope.type !== 'function_definition' && scope.type !== 'module') scope = scope.parent;
    if (!scope) return null;
    let slots = this.slots.get(scope.id);
    if (!slots) this.slots.set(scope.id, (slots = literalSlots(scope)));
    const container = slots.get(base.text);
    const element = container ? literalElement(container, key.value) : null;
    return element ? this.constOf(element) : null;
  }

  /** Hostile files nest expressions thousands deep: past MAX_EXPR_DEPTH the rest is opaque. */
  expr(node: SyntaxNode | null | undefined): Expr {
    if (!node) return { k: 'const', loc: [0, 0, 0, 0] };
    if (this.depth > MAX_EXPR_DEPTH) return { k: 'const', loc: locOf(node) };
    this.depth++;
    try {
      return this.exprInner(node);
    } finally {
      this.depth--;
    }
  }

  private exprInner(node: SyntaxNode): Expr {
    const loc = locOf(node);
    switch (node.type) {
      case 'identifier': {
        const id = node.text;
        if (!this.locals.has(id) && this.ctx.moduleConstant(id)) {
          const c = this.constOf(node);
          if (c && c.k === 'const' && c.v !== undefined) return c;
        }
        const q = this.qname(node);
        return q ? { k: 'name', id, q, loc, t: id } : { k: 'name', id, loc, t: id };
      }
      case 'attribute': {
        const obj = this.expr(node.childForFieldName('object'));
        const attr = node.childForFieldName('attribute')?.text ?? '';
        const q = this.qname(node);
        return q ? { k: 'attr', obj, attr, q, loc, t: this.text(node) } : { k: 'attr', obj, attr, loc, t: this.text(node) };
      }
      case 'subscript': {
        const keys = node.childrenForFieldName('subscript');
        const element = keys.length === 1 ? this.literalRead(node, keys[0]!) : null;
        if (element) return element;
        const key: Expr = keys.length === 1 ? this.expr(keys[0]) : { k: 'seq', items: keys.map((c) => this.expr(c)), loc, t: '' };
        return { k: 'sub', obj: this.expr(node.childForFieldName('value')), key, loc, t: this.text(node) };
      }
      case 'call':
        return this.call(node);
      case 'string':
      case 'concatenated_string': {
        const holes: Expr[] = [];
        this.collectInterpolations(node, holes);
        if (holes.length === 0) return this.constOf(node) ?? { k: 'const', loc };
        return { k: 'op', parts: holes, fmt: true, pre: this.literalPrefix(node), loc, t: this.text(node) };
      }
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
      case 'none':
        return this.constOf(node) ?? { k: 'const', loc };
      case 'parenthesized_expression':
        return node.namedChildCount === 1 ? this.expr(node.namedChild(0)) : { k: 'const', loc };
      case 'binary_operator':
        return { k: 'op', parts: [this.expr(node.childForFieldName('left')), this.expr(node.childForFieldName('right'))], loc, t: this.text(node) };
      case 'unary_operator':
        return { k: 'op', parts: [this.expr(node.childForFieldName('argument'))], loc, t: this.text(node) };
      case 'not_operator':
        return { k: 'bool', op: 'not', parts: [this.expr(node.childForFieldName('argument'))], loc };
      case 'comparison_operator': {
        const ops = node.children.filter((c) => !c.isNamed).map((c) => c.text);
        let op = ops[0] ?? '';
        if ((op === 'not' && ops[1] === 'in') || (op === 'is' && ops[1] === 'not')) op = `${op} ${ops[1]}`;
        return { k: 'bool', op: COMPARE_OPS.has(op) ? op : 'cmp', parts: node.namedChildren.map((c) => this.expr(c)), loc };
      }
      case 'boolean_operator': {
        const op = node.childForFieldName('operator')?.text === 'and' ? 'and' : 'or';
        return { k: 'either', op, parts: [this.expr(node.childForFieldName('left')), this.expr(node.childForFieldName('right'))], loc, t: this.text(node) };
      }
      case 'conditional_expression': {
        const [a, test, b] = node.namedChildren;
        return { k: 'cond', test: this.expr(test), a: this.expr(a), b: this.expr(b), loc, t: this.text(node) };
      }
      case 'list':
      case 'tuple':
      case 'set':
      case 'expression_list':
      case 'pattern_list':
        return { k: 'seq', items: node.namedChildren.filter((c) => c.type !== 'comment').map((c) => this.expr(c)), loc, t: this.text(node) };
      case 'dictionary': {
        const entries: Array<[Expr | null, Expr]> = [];
        for (const c of node.namedChildren) {
          if (c.type === 'pair') entries.push([this.expr(c.childForFieldName('key')), this.expr(c.childForFieldName('value'))]);
          else if (c.type === 'dictionary_splat') entries.push([null, this.expr(c.namedChild(0))]);
        }
        return { k: 'dict', entries, loc, t: this.text(node) };
      }
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      case 'dictionary_comprehension':
        return this.comprehension(node);
      case 'lambda': {
        const params = (node.childForFieldName('parameters')?.namedChildren ?? []).map((p) => this.paramName(p)).filter((p): p is string => !!p);
        const saved = this.locals;
        this.locals = new Set([...saved, ...params]);
        const body = this.expr(node.childForFieldName('body'));
        this.locals = saved;
        return { k: 'lambda', params, body, loc, t: this.text(node) };
      }
      case 'await':
      case 'list_splat':
      case 'dictionary_splat':
      case 'yield':
        return node.namedChildCount > 0 ? { k: 'wrap', e: this.expr(node.namedChild(0)), loc, t: this.text(node) } : { k: 'const', loc };
      case 'named_expression':
        return this.expr(node.childForFieldName('value'));
      case 'slice':
        return { k: 'op', parts: node.namedChildren.map((c) => this.expr(c)), loc, t: '' };
      default:
        return { k: 'const', loc };
    }
  }

  /** The literal text of an f-string before its first hole: `f"https://api.x/{id}"` → `https://api.x/`. */
  private literalPrefix(node: SyntaxNode): string {
    let out = '';
    const first = node.type === 'concatenated_string' ? node.namedChild(0) : node;
    for (const c of first?.namedChildren ?? []) {
      if (c.type === 'string_content' || c.type === 'escape_sequence') out += c.text;
      else if (c.type === 'interpolation') break;
    }
    return out.slice(0, 200);
  }

  private collectInterpolations(node: SyntaxNode, out: Expr[]): void {
    for (const c of node.namedChildren) {
      if (c.type === 'interpolation') out.push(this.expr(c.childForFieldName('expression') ?? c.namedChild(0)));
      else if (c.type === 'string') this.collectInterpolations(c, out);
      else if (c.type === 'format_specifier') this.collectInterpolations(c, out);
    }
  }

  paramName(p: SyntaxNode): string | null {
    if (p.type === 'identifier') return p.text;
    const name = p.childForFieldName('name');
    if (name) return name.text;
    const first = p.namedChild(0);
    return first?.type === 'identifier' ? first.text : first ? this.paramName(first) : null;
  }

  call(node: SyntaxNode): Expr {
    const fnNode = node.childForFieldName('function');
    const fn = this.expr(fnNode);
    const args: Expr[] = [];
    const kw: Array<[string, Expr]> = [];
    const spread: Expr[] = [];
    const argNode = node.childForFieldName('arguments');
    if (argNode?.type === 'generator_expression') args.push(this.expr(argNode));
    else
      for (const a of argNode?.namedChildren ?? []) {
        if (a.type === 'keyword_argument') kw.push([a.childForFieldName('name')?.text ?? '', this.expr(a.childForFieldName('value'))]);
        else if (a.type === 'list_splat' || a.type === 'dictionary_splat') spread.push(this.expr(a.namedChild(0)));
        else if (a.type !== 'comment') args.push(this.expr(a));
      }
    const q = fnNode && (fnNode.type === 'identifier' || fnNode.type === 'attribute') ? this.qname(fnNode) : undefined;
    const base = { k: 'call' as const, fn, args, kw, spread, loc: locOf(node), t: this.text(node) };
    return q ? { ...base, q } : base;
  }

  private comprehension(node: SyntaxNode): Expr {
    const gens: Array<{ target: Target; iter: Expr; conds: Expr[] }> = [];
    const saved = this.locals;
    const locals = new Set(saved);
    for (const c of node.namedChildren) {
      if (c.type === 'for_in_clause') for (const n of targetNames(c.childForFieldName('left'))) locals.add(n);
    }
    this.locals = locals;
    for (const c of node.namedChildren) {
      if (c.type === 'for_in_clause') gens.push({ target: this.target(c.childForFieldName('left')), iter: this.expr(c.childForFieldName('right')), conds: [] });
      else if (c.type === 'if_clause') gens[gens.length - 1]?.conds.push(this.expr(c.namedChild(0)));
    }
    const body = node.childForFieldName('body');
    const elt = body?.type === 'pair' ? [this.expr(body.childForFieldName('key')), this.expr(body.childForFieldName('value'))] : [this.expr(body)];
    this.locals = saved;
    return { k: 'comp', gens, elt, loc: locOf(node), t: this.text(node) };
  }

  target(node: SyntaxNode | null | undefined): Target {
    if (!node) return { k: 'none', loc: [0, 0, 0, 0] };
    const loc = locOf(node);
    switch (node.type) {
      case 'identifier':
        return { k: 'name', id: node.text, loc };
      case 'attribute':
        return { k: 'attr', obj: this.expr(node.childForFieldName('object')), attr: node.childForFieldName('attribute')?.text ?? '', loc, t: this.text(node) };
      case 'subscript': {
        const keys = node.childrenForFieldName('subscript');
        return { k: 'sub', obj: this.expr(node.childForFieldName('value')), key: keys.length === 1 ? this.expr(keys[0]) : { k: 'const', loc }, loc, t: this.text(node) };
      }
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'tuple':
      case 'list':
      case 'expression_list':
        return { k: 'tuple', items: node.namedChildren.map((c) => this.target(c)), loc };
      case 'list_splat_pattern':
      case 'list_splat':
        return { k: 'star', t: this.target(node.namedChild(0)), loc };
      case 'parenthesized_expression':
        return this.target(node.namedChild(0));
      default:
        return { k: 'none', loc };
    }
  }

  annotation(node: SyntaxNode | null | undefined, depth = 0): Ann | null {
    if (!node || depth > 8) return null;
    switch (node.type) {
      case 'type':
        return this.annotation(node.namedChild(0), depth + 1);
      case 'identifier':
      case 'attribute':
        return { q: this.ctx.names.qualifiedName(node) ?? this.qname(node) ?? node.text, args: [] };
      case 'generic_type': {
        const head = node.namedChild(0);
        const params = node.namedChildren.find((c) => c.type === 'type_parameter');
        return {
          q: head ? (this.annotation(head, depth + 1)?.q ?? head.text) : '?',
          args: (params?.namedChildren ?? []).map((c) => this.annotation(c, depth + 1)).filter((a): a is Ann => !!a),
        };
      }
      case 'subscript': {
        const head = node.childForFieldName('value');
        return {
          q: head ? (this.annotation(head, depth + 1)?.q ?? head.text) : '?',
          args: node.childrenForFieldName('subscript').map((c) => this.annotation(c, depth + 1)).filter((a): a is Ann => !!a),
        };
      }
      case 'call': {
        const fn = node.childForFieldName('function');
        const kw = (node.childForFieldName('arguments')?.namedChildren ?? [])
          .filter((a) => a.type === 'keyword_argument')
          .map((a) => {
            const name = a.childForFieldName('name')?.text ?? '';
            // A pattern that lets other characters through (`[a-z]+` is searched, not matched whole) constrains nothing here.
            const loose = (name === 'pattern' || name === 'regex') && !patternBoundsValue(a.childForFieldName('value') ?? undefined, this.ctx);
            return loose ? `${name}-unbounded` : name;
          });
        return { q: (fn && this.ctx.names.qualifiedName(fn)) ?? fn?.text ?? '?', args: [], kw };
      }
      case 'binary_operator':
        return {
          q: '|',
          args: [this.annotation(node.childForFieldName('left'), depth + 1), this.annotation(node.childForFieldName('right'), depth + 1)].filter((a): a is Ann => !!a),
        };
      case 'string': {
        const v = this.ctx.constant(node);
        return { q: v && v.kind === 'str' ? v.value : node.text, args: [] };
      }
      case 'none':
        return { q: 'None', args: [] };
      default:
        return { q: node.text.slice(0, 60), args: [] };
    }
  }
}

/** Names bound by an assignment target. */
export function targetNames(node: SyntaxNode | null | undefined, out: string[] = []): string[] {
  if (!node) return out;
  if (node.type === 'identifier') out.push(node.text);
  else if (['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'expression_list', 'list_splat_pattern', 'list_splat', 'parenthesized_expression', 'as_pattern_target'].includes(node.type)) {
    for (const c of node.namedChildren) targetNames(c, out);
  }
  return out;
}
