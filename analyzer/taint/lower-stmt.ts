// Lowering of statements, functions and classes into the taint IR. Constant conditions are folded
// here (`if 7 * 18 > 200:` keeps one branch), so dead code never reaches the project pass.
import type { SyntaxNode } from '../rule.js';
import { truthy } from '../constants.js';
import type { ClassIR, FieldIR, FunctionIR, Param, Route, Stmt, Target } from './ir.js';
import { ExprLowerer, locOf, targetNames } from './lower-expr.js';
import type { Framework } from '../types.js';
import { WEB_FRAMEWORKS } from '../frameworks/registry.js';
import { frameworkOfModule } from '../frameworks/detect.js';
import { fieldDeclarationNeutral } from '../frameworks/libraries/index.js';

const MAX_BLOCK_DEPTH = 100;

export interface LoweredFile {
  functions: FunctionIR[];
  classes: ClassIR[];
}

export class FileLowerer extends ExprLowerer {
  readonly functions: FunctionIR[] = [];
  readonly classes: ClassIR[] = [];
  /** Line ranges dropped by constant folding: dead code, never reported. */
  readonly dead: Array<[number, number]> = [];

  private blockDepth = 0;

  block(node: SyntaxNode | null | undefined): Stmt[] {
    const out: Stmt[] = [];
    if (!node || this.blockDepth > MAX_BLOCK_DEPTH) return out;
    this.blockDepth++;
    try {
      for (const c of node.namedChildren) this.stmt(c, out);
    } finally {
      this.blockDepth--;
    }
    return out;
  }

  private stmt(node: SyntaxNode, out: Stmt[]): void {
    const loc = locOf(node);
    switch (node.type) {
      case 'expression_statement': {
        for (const e of node.namedChildren) this.exprStmt(e, out);
        return;
      }
      case 'return_statement': {
        const v = node.namedChild(0);
        out.push({ k: 'return', e: v ? this.expr(v) : null, loc });
        return;
      }
      case 'raise_statement': {
        // `raise HTTPFound(url)`: the raised object is built first, and its constructor may be a sink.
        const raised = node.namedChild(0);
        if (raised?.type === 'call') out.push({ k: 'expr', e: this.expr(raised), loc });
        out.push({ k: 'raise', loc });
        return;
      }
      case 'break_statement':
      case 'continue_statement':
        out.push({ k: 'jump', loc });
        return;
      case 'if_statement':
        this.ifStmt(node, out);
        return;
      case 'for_statement':
        out.push({
          k: 'loop',
          target: this.target(node.childForFieldName('left')),
          iter: this.expr(node.childForFieldName('right')),
          test: null,
          body: this.block(node.childForFieldName('body')),
          else: this.block(node.childForFieldName('alternative')?.childForFieldName('body')),
          loc,
        });
        return;
      case 'while_statement': {
        const cond = node.childForFieldName('condition');
        const c = this.ctx.constant(cond);
        if (c && !truthy(c)) {
          out.push(...this.block(node.childForFieldName('alternative')?.childForFieldName('body')));
          return;
        }
        out.push({
          k: 'loop',
          target: null,
          iter: null,
          test: this.expr(cond),
          body: this.block(node.childForFieldName('body')),
          else: this.block(node.childForFieldName('alternative')?.childForFieldName('body')),
          loc,
        });
        return;
      }
      case 'with_statement': {
        const items: Array<{ e: ReturnType<ExprLowerer['expr']>; target: Target | null }> = [];
        const clause = node.namedChildren.find((c) => c.type === 'with_clause');
        for (const item of clause?.namedChildren ?? []) {
          const v = item.childForFieldName('value') ?? item.namedChild(0);
          if (v?.type === 'as_pattern') {
            const alias = v.childForFieldName('alias');
            items.push({ e: this.expr(v.namedChild(0)), target: this.target(alias?.namedChild(0) ?? alias) });
          } else items.push({ e: this.expr(v), target: null });
        }
        out.push({ k: 'with', items, body: this.block(node.childForFieldName('body')), loc });
        return;
      }
      case 'try_statement': {
        const handlers: Stmt[][] = [];
        let elseB: Stmt[] = [];
        let final: Stmt[] = [];
        for (const c of node.namedChildren) {
          if (c.type === 'except_clause' || c.type === 'except_group_clause') handlers.push(this.block(c.namedChildren.find((x) => x.type === 'block')));
          else if (c.type === 'else_clause') elseB = this.block(c.childForFieldName('body'));
          else if (c.type === 'finally_clause') final = this.block(c.namedChildren.find((x) => x.type === 'block'));
        }
        out.push({ k: 'try', body: this.block(node.childForFieldName('body')), handlers, else: elseB, final, loc });
        return;
      }
      case 'assert_statement': {
        // `assert x in ALLOWED` is an allowlist guard: the failing branch raises.
        const test = node.namedChild(0);
        out.push({ k: 'if', test: this.expr(test), then: [], else: [{ k: 'raise', loc }], loc });
        return;
      }
      case 'match_statement': {
        const body = node.childForFieldName('body');
        let chain: Stmt[] = [];
        const cases = (body?.namedChildren ?? []).filter((c) => c.type === 'case_clause').reverse();
        for (const c of cases) {
          const caseBody = this.block(c.childForFieldName('consequence') ?? c.namedChildren.find((x) => x.type === 'block'));
          chain = [{ k: 'if', test: { k: 'const', loc }, then: caseBody, else: chain, loc }];
        }
        out.push(...chain);
        return;
      }
      case 'function_definition':
      case 'decorated_definition':
      case 'class_definition': {
        const id = this.definition(node, this.currentScope, null);
        const def = node.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
        const name = def?.childForFieldName('name')?.text;
        if (id && name && def?.type === 'function_definition') out.push({ k: 'def', id: name, fn: id, loc });
        return;
      }
      default:
        return;
    }
  }

  private exprStmt(e: SyntaxNode, out: Stmt[]): void {
    const loc = locOf(e);
    if (e.type === 'assignment') {
      const targets: Target[] = [];
      let cur: SyntaxNode | null = e;
      while (cur && cur.type === 'assignment') {
        targets.push(this.target(cur.childForFieldName('left')));
        const right: SyntaxNode | null = cur.childForFieldName('right');
        if (!right) return; // `x: int` declares, binds nothing
        cur = right;
      }
      if (cur?.type === 'yield') {
        out.push({ k: 'yield', e: this.expr(cur.namedChild(0)), loc });
        out.push({ k: 'assign', targets, value: { k: 'const', loc }, loc });
        return;
      }
      out.push({ k: 'assign', targets, value: this.expr(cur), loc });
    } else if (e.type === 'augmented_assignment') {
      const left = e.childForFieldName('left');
      const value = { k: 'op' as const, parts: [this.expr(left), this.expr(e.childForFieldName('right'))], loc, t: this.text(e) };
      out.push({ k: 'assign', targets: [this.target(left)], value, aug: true, loc });
    } else if (e.type === 'yield') {
      const v = e.namedChild(0);
      if (v) out.push({ k: 'yield', e: this.expr(v), loc });
    } else out.push({ k: 'expr', e: this.expr(e), loc });
  }

  private ifStmt(node: SyntaxNode, out: Stmt[]): void {
    // Clauses in order: (test, body) for if and each elif, then an optional else body.
    const clauses: Array<{ test: SyntaxNode | null; body: SyntaxNode | null; loc: SyntaxNode }> = [
      { test: node.childForFieldName('condition'), body: node.childForFieldName('consequence'), loc: node },
    ];
    let elseBody: SyntaxNode | null = null;
    for (const c of node.childrenForFieldName('alternative')) {
      if (c.type === 'elif_clause') clauses.push({ test: c.childForFieldName('condition'), body: c.childForFieldName('consequence'), loc: c });
      else if (c.type === 'else_clause') elseBody = c.childForFieldName('body');
    }
    let chain: Stmt[] = this.block(elseBody);
    for (let i = clauses.length - 1; i >= 0; i--) {
      const cl = clauses[i]!;
      const folded = this.ctx.constant(cl.test);
      if (folded && !truthy(folded) && cl.body) this.dead.push([cl.body.startPosition.row + 1, cl.body.endPosition.row + 1]);
      if (folded && truthy(folded)) this.markDead(clauses.slice(i + 1).map((c) => c.body), elseBody);
      if (folded) chain = truthy(folded) ? this.block(cl.body) : chain;
      else chain = [{ k: 'if', test: this.expr(cl.test), then: this.block(cl.body), else: chain, loc: locOf(cl.loc) }];
    }
    out.push(...chain);
  }

  currentScope = '';

  private markDead(bodies: Array<SyntaxNode | null>, elseBody: SyntaxNode | null): void {
    for (const b of [...bodies, elseBody]) if (b) this.dead.push([b.startPosition.row + 1, b.endPosition.row + 1]);
  }

  /** Lowers a def or class (possibly decorated) found in `scope`; returns its id. */
  definition(node: SyntaxNode, scope: string, cls: string | null): string | null {
    let decorators: SyntaxNode[] = [];
    let def: SyntaxNode | null = node;
    if (node.type === 'decorated_definition') {
      decorators = node.namedChildren.filter((c) => c.type === 'decorator');
      def = node.childForFieldName('definition');
    }
    if (!def) return null;
    const name = def.childForFieldName('name')?.text;
    if (!name) return null;
    const id = `${scope}.${name}`;
    if (def.type === 'class_definition') {
      this.classDef(def, id);
      return id;
    }
    if (def.type !== 'function_definition') return null;
    const savedLocals = this.locals;
    const savedScope = this.currentScope;
    const params = this.params(def.childForFieldName('parameters'));
    this.locals = new Set([...(cls === null ? savedLocals : []), ...params.map((p) => p.name), ...localNames(def.childForFieldName('body'))]);
    this.currentScope = `${id}.<locals>`;
    const decoratorText = decorators.map((d) => (d.namedChild(0) ?? d).text.slice(0, 200));
    const fn: FunctionIR = {
      id,
      name,
      cls,
      params,
      body: this.block(def.childForFieldName('body')),
      decorators: decoratorText,
      decoratorQs: decorators.map((d) => {
        const e = d.namedChild(0);
        const target = e?.type === 'call' ? e.childForFieldName('function') : e;
        return (target && this.qname(target)) ?? '';
      }),
      route: this.route(decorators),
      isStatic: decoratorText.includes('staticmethod'),
      loc: locOf(def),
    };
    this.locals = savedLocals;
    this.currentScope = savedScope;
    this.functions.push(fn);
    return id;
  }

  private params(node: SyntaxNode | null): Param[] {
    const out: Param[] = [];
    for (const p of node?.namedChildren ?? []) {
      if (p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern') {
        const name = p.namedChild(0)?.text;
        if (name) out.push({ name, ann: null, default: null, star: p.type === 'list_splat_pattern' ? 1 : 2 });
        continue;
      }
      const name = this.paramName(p);
      if (!name) continue;
      const inner = p.namedChild(0);
      const star = inner?.type === 'list_splat_pattern' ? 1 : inner?.type === 'dictionary_splat_pattern' ? 2 : undefined;
      const param: Param = {
        name: star ? (inner?.namedChild(0)?.text ?? name) : name,
        ann: this.annotation(p.childForFieldName('type')),
        default: p.childForFieldName('value') ? this.expr(p.childForFieldName('value')) : null,
      };
      if (star) param.star = star;
      out.push(param);
    }
    return out;
  }

  /** The first route decorator a framework claims (analyzer/frameworks/<id>/ routeDecorator). */
  private route(decorators: SyntaxNode[]): Route | null {
    for (const d of decorators) {
      const call = d.namedChild(0);
      if (call?.type !== 'call') continue;
      const fn = call.childForFieldName('function');
      if (fn?.type !== 'attribute') continue;
      const method = fn.childForFieldName('attribute')?.text ?? '';
      const args = call.childForFieldName('arguments')?.namedChildren ?? [];
      const pathNode = args.find((a) => a.type !== 'keyword_argument') ?? args.find((a) => a.type === 'keyword_argument' && ['path', 'rule'].includes(a.childForFieldName('name')?.text ?? ''))?.childForFieldName('value');
      const pathValue = this.ctx.constant(pathNode);
      const path = pathValue?.kind === 'str' ? pathValue.value : '';
      const app = this.appFramework(fn.childForFieldName('object'));
      for (const fw of WEB_FRAMEWORKS) {
        const route = fw.routeDecorator?.({ call, method, args, path, app, ctx: this.ctx });
        if (route) return route;
      }
    }
    return null;
  }

  /** `app = Flask(__name__)` vs `api = FastAPI()`: the framework of the object a decorator is called on. */
  private appFramework(obj: SyntaxNode | null): Framework | null {
    if (obj?.type !== 'identifier') return null;
    const init = this.ctx.moduleConstant(obj.text);
    if (init?.type !== 'call') return null;
    const q = this.ctx.names.qualifiedName(init.childForFieldName('function')) ?? '';
    const fw = frameworkOfModule(q);
    // Only frameworks with route decorators speak for their objects; others leave it to the imports.
    return fw && WEB_FRAMEWORKS.some((f) => f.id === fw && f.routeDecorator) ? fw : null;
  }

  private classDef(def: SyntaxNode, id: string): void {
    const bases: string[] = [];
    for (const b of def.childForFieldName('superclasses')?.namedChildren ?? []) {
      if (b.type === 'keyword_argument') continue;
      bases.push(this.ctx.names.qualifiedName(b) ?? this.qname(b) ?? b.text);
    }
    const fields: Record<string, FieldIR> = {};
    const methods: Record<string, string> = {};
    const savedLocals = this.locals;
    this.locals = new Set();
    for (const stmt of def.childForFieldName('body')?.namedChildren ?? []) {
      if (stmt.type === 'function_definition' || stmt.type === 'decorated_definition' || stmt.type === 'class_definition') {
        const fid = this.definition(stmt, id, id);
        const inner = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
        const name = inner?.childForFieldName('name')?.text;
        if (fid && name && inner?.type === 'function_definition') methods[name] = fid;
        continue;
      }
      if (stmt.type !== 'expression_statement') continue;
      const a = stmt.namedChild(0);
      if (a?.type !== 'assignment') continue;
      const left = a.childForFieldName('left');
      if (left?.type !== 'identifier') continue;
      const right = a.childForFieldName('right');
      const ctor = right?.type === 'call' ? (this.ctx.names.qualifiedName(right.childForFieldName('function')) ?? right.childForFieldName('function')?.text ?? null) : null;
      fields[left.text] = { ann: this.annotation(a.childForFieldName('type')), ctor };
      const neutral = right?.type === 'call' ? fieldDeclarationNeutral(right, this.ctx) : undefined;
      if (neutral !== undefined) fields[left.text]!.neutral = neutral;
      if (right && (right.type === 'identifier' || right.type === 'attribute')) {
        const ref = this.ctx.names.qualifiedName(right) ?? this.qname(right);
        if (ref) fields[left.text]!.ref = ref;
      }
      const c = right ? this.ctx.constant(right) : undefined;
      if (c?.kind === 'str') fields[left.text]!.str = c.value;
    }
    this.locals = savedLocals;
    this.classes.push({ id, bases, fields, methods });
  }
}

/** Names bound anywhere in a function body (not in nested defs): they are locals of it. */
export function localNames(body: SyntaxNode | null): string[] {
  const out: string[] = [];
  if (!body) return out;
  const stack: SyntaxNode[] = [body];
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.type) {
      case 'assignment':
      case 'augmented_assignment':
        targetNames(n.childForFieldName('left'), out);
        break;
      case 'for_statement':
      case 'for_in_clause':
        targetNames(n.childForFieldName('left'), out);
        break;
      case 'as_pattern_target':
        targetNames(n, out);
        break;
      case 'named_expression':
        out.push(n.childForFieldName('name')?.text ?? '');
        break;
      case 'function_definition':
      case 'class_definition':
        out.push(n.childForFieldName('name')?.text ?? '');
        continue; // their bodies are their own scopes
      case 'lambda':
        continue;
      default:
        break;
    }
    for (const c of n.namedChildren) stack.push(c);
  }
  return out;
}
