// GraphQL resolvers, whichever library declares them; their arguments are the client's request:
//   - graphene: `resolve_<field>(root, info, **args)` of an ObjectType, typed by the field's
//     declaration; a Mutation's `mutate(root, info, **args)` typed by its `class Arguments`;
//   - strawberry: methods decorated `@strawberry.field` / `@strawberry.mutation` (and resolvers
//     named in `strawberry.field(resolver=f)`), typed by their annotations;
//   - ariadne: `@query.field("name")` / `obj.set_field("name", f)` on QueryType, MutationType,
//     ObjectType …, typed by the SDL in the file.
// `root`/`self`, `obj` and `info` are the library's, not the client's.
import type { FileContext } from '../../file-context.js';
import type { SyntaxNode } from '../../rule.js';
import type { UrlRouteIR } from '../../taint/ir.js';
import type { HandlerView, ParamKind } from '../api.js';
import { SAFE_CONVERTERS } from '../converters.js';
import { judgeType } from '../typing.js';
import { callsIn, keywordArg, methodOf, positionalArgs } from '../support.js';
import { fieldArgs, grapheneKinds, grapheneType, sdlArgs } from './schema.js';
import { GRAPHQL_INFO, infoMarks } from './context.js';

const STRAWBERRY = /^strawberry(_django)?\.(field|mutation|subscription)$/;
const ARIADNE = new Set(['ariadne.QueryType', 'ariadne.MutationType', 'ariadne.SubscriptionType', 'ariadne.ObjectType', 'ariadne.InterfaceType', 'ariadne.UnionType']);

const defOf = (n: SyntaxNode) => (n.type === 'decorated_definition' ? n.childForFieldName('definition') : n);
const decoratorsOf = (n: SyntaxNode) => (n.type === 'decorated_definition' ? n.namedChildren.filter((c) => c.type === 'decorator').map((d) => d.namedChild(0)!) : []);

function grapheneResolvers(ctx: FileContext, cls: SyntaxNode, id: string, local: Map<string, string>, out: UrlRouteIR[]): void {
  const body = cls.childForFieldName('body')?.namedChildren ?? [];
  const fields = new Map<string, Record<string, string>>();
  let mutationArgs: Record<string, string> = {};
  for (const stmt of body) {
    const a = stmt.type === 'expression_statement' ? stmt.namedChild(0) : null;
    const value = a?.type === 'assignment' ? a.childForFieldName('right') : null;
    const name = a?.childForFieldName('left')?.text ?? '';
    if (value?.type === 'call') fields.set(name, fieldArgs(ctx, value, local));
    const inner = defOf(stmt);
    if (inner?.type === 'class_definition' && ['Arguments', 'Input'].includes(inner.childForFieldName('name')?.text ?? '')) {
      for (const s of inner.childForFieldName('body')?.namedChildren ?? []) {
        const x = s.type === 'expression_statement' ? s.namedChild(0) : null;
        if (x?.type === 'assignment') mutationArgs[x.childForFieldName('left')?.text ?? ''] = grapheneType(ctx, x.childForFieldName('right') ?? undefined, local);
      }
    }
  }
  for (const stmt of body) {
    const fn = defOf(stmt);
    const name = fn?.type === 'function_definition' ? (fn.childForFieldName('name')?.text ?? '') : '';
    if (name.startsWith('resolve_')) out.push({ view: `${id}.${name}`, framework: 'graphql', pathParams: fields.get(name.slice('resolve_'.length)) ?? {} });
    else if (name === 'mutate' || name === 'mutate_and_get_payload') out.push({ view: `${id}.${name}`, framework: 'graphql', pathParams: mutationArgs });
  }
  mutationArgs = {};
}

function strawberryResolvers(ctx: FileContext, cls: SyntaxNode, id: string, out: UrlRouteIR[]): void {
  for (const stmt of cls.childForFieldName('body')?.namedChildren ?? []) {
    const fn = defOf(stmt);
    if (fn?.type !== 'function_definition') continue;
    const marked = decoratorsOf(stmt).some((d) => STRAWBERRY.test(ctx.names.qualifiedName(d.type === 'call' ? d.childForFieldName('function') : d) ?? ''));
    if (marked) out.push({ view: `${id}.${fn.childForFieldName('name')?.text}`, framework: 'graphql', pathParams: {} });
  }
}

export function graphqlRegistrations(ctx: FileContext): UrlRouteIR[] {
  if (!/\b(graphene|strawberry|ariadne|graphql)\b/.test(ctx.source)) return [];
  const out: UrlRouteIR[] = [];
  const local = grapheneKinds(ctx);
  for (const stmt of ctx.tree.rootNode.namedChildren) {
    const cls = defOf(stmt);
    if (cls?.type !== 'class_definition') continue;
    const id = `${ctx.module}.${cls.childForFieldName('name')?.text}`;
    const bases = (cls.childForFieldName('superclasses')?.namedChildren ?? []).map((b) => ctx.names.qualifiedName(b) ?? b.text);
    if (bases.some((b) => /^graphene(_django|_sqlalchemy)?\b/.test(b) || /(ObjectType|Mutation)$/.test(b))) grapheneResolvers(ctx, cls, id, local, out);
    strawberryResolvers(ctx, cls, id, out);
  }
  const sdl = /\bariadne\b/.test(ctx.source) ? sdlArgs(ctx.source) : new Map<string, Record<string, string>>();
  const isBindable = (obj: SyntaxNode | null): boolean => {
    const init = obj?.type === 'identifier' ? ctx.moduleConstant(obj.text) : undefined;
    return init?.type === 'call' && ARIADNE.has(ctx.names.qualifiedName(init.childForFieldName('function')) ?? '');
  };
  for (const stmt of ctx.tree.rootNode.namedChildren) {
    const fn = defOf(stmt);
    if (fn?.type !== 'function_definition') continue;
    for (const d of decoratorsOf(stmt)) {
      if (d.type !== 'call' || methodOf(d) !== 'field' || !isBindable(d.childForFieldName('function')?.childForFieldName('object') ?? null)) continue;
      const field = ctx.constant(positionalArgs(d)[0]);
      out.push({ view: `${ctx.module}.${fn.childForFieldName('name')?.text}`, framework: 'graphql', pathParams: field?.kind === 'str' ? (sdl.get(field.value) ?? {}) : {} });
    }
  }
  for (const call of callsIn(ctx.tree.rootNode)) {
    const m = methodOf(call);
    // obj.set_field("name", resolver) (ariadne) and strawberry.field(resolver=f) (module-level resolvers).
    if (m === 'set_field' && isBindable(call.childForFieldName('function')?.childForFieldName('object') ?? null)) {
      const [name, target] = positionalArgs(call);
      const field = ctx.constant(name);
      const view = target ? ctx.names.qualifiedName(target) : null;
      if (view) out.push({ view, framework: 'graphql', pathParams: field?.kind === 'str' ? (sdl.get(field.value) ?? {}) : {} });
    } else if (STRAWBERRY.test(ctx.names.qualifiedName(call.childForFieldName('function')) ?? '')) {
      const target = keywordArg(call, 'resolver');
      const view = target ? ctx.names.qualifiedName(target) : null;
      if (view) out.push({ view, framework: 'graphql', pathParams: {} });
    }
  }
  return out;
}

export function graphqlParams(h: HandlerView): ParamKind[] | null {
  const { fn, kinds, program } = h;
  const route = h.registration?.framework === 'graphql' && h.registration.view === fn.id ? h.registration : undefined;
  if (!route) return null;
  // The parent object (root / self / obj) comes first, then info; a strawberry method may omit info.
  const skip = (i: number) => i === 0 || fn.params[i]!.name === 'info' || /(^|\.)Info$/.test(fn.params[i]!.ann?.q ?? '');
  fn.params.forEach((p, i) => {
    if (skip(i)) {
      const info = i > 0 && (p.name === 'info' || /(^|\.)Info$/.test(p.ann?.q ?? ''));
      if (kinds[i]!.k === 'plain') kinds[i] = info ? { k: 'obj', obj: GRAPHQL_INFO, also: infoMarks(h.file) } : { k: 'clean' };
      return;
    }
    const conv = route.pathParams[p.name];
    if (conv !== undefined) {
      kinds[i] = SAFE_CONVERTERS.has(conv) ? { k: 'clean' } : { k: 'source', struct: conv === 'json' };
      return;
    }
    if (/JSON$/.test(p.ann?.q ?? '')) {
      kinds[i] = { k: 'source', struct: true };
      return;
    }
    const verdict = p.ann ? judgeType(p.ann, program) : 'taint';
    if (verdict === 'clean') kinds[i] = { k: 'clean' };
    else if (typeof verdict === 'object') kinds[i] = { k: 'source', struct: false, model: verdict.model };
    else kinds[i] = { k: 'source', struct: verdict === 'struct' };
  });
  return kinds;
}
