// Flask views registered by calls: `app.add_url_rule("/u/<int:id>", view_func=show)`, a class view
// `view_func=UserAPI.as_view("user")`, and a view made by a factory in the same file
// (`view_func=make_view(...)`, which returns its nested `def view`): the closure is the handler.
import type { FileContext } from '../../file-context.js';
import type { SyntaxNode } from '../../rule.js';
import type { UrlRouteIR } from '../../taint/ir.js';
import { converters } from '../converters.js';
import { callsIn, keywordArg, methodOf, positionalArgs } from '../support.js';

/** The nested def a module-level factory returns: `make_view` → `make_view.<locals>.view`. */
function factoryView(ctx: FileContext, name: string): string | null {
  for (const stmt of ctx.tree.rootNode.namedChildren) {
    const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
    if (def?.type !== 'function_definition' || def.childForFieldName('name')?.text !== name) continue;
    const body = def.childForFieldName('body');
    const inner = new Set((body?.namedChildren ?? []).map((s) => (s.type === 'decorated_definition' ? s.childForFieldName('definition') : s)).filter((s) => s?.type === 'function_definition').map((s) => s!.childForFieldName('name')?.text));
    for (const s of body?.namedChildren ?? []) {
      const v = s.type === 'return_statement' ? s.namedChild(0) : null;
      if (v?.type === 'identifier' && inner.has(v.text)) return `${ctx.module}.${name}.<locals>.${v.text}`;
    }
  }
  return null;
}

function viewOf(ctx: FileContext, node: SyntaxNode): string | null {
  if (node.type !== 'call') return ctx.names.qualifiedName(node);
  const fn = node.childForFieldName('function');
  // X.as_view("name") registers class X.
  if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'as_view') {
    const cls = fn.childForFieldName('object');
    return cls ? ctx.names.qualifiedName(cls) : null;
  }
  return fn?.type === 'identifier' ? factoryView(ctx, fn.text) : null;
}

export function flaskRegistrations(ctx: FileContext): UrlRouteIR[] {
  if (!/\badd_url_rule\b/.test(ctx.source)) return [];
  const out: UrlRouteIR[] = [];
  for (const call of callsIn(ctx.tree.rootNode)) {
    if (methodOf(call) !== 'add_url_rule') continue;
    const args = positionalArgs(call);
    const rule = ctx.constant(args[0] ?? keywordArg(call, 'rule'));
    const target = keywordArg(call, 'view_func') ?? args[2];
    const view = target ? viewOf(ctx, target) : null;
    if (view) out.push({ view, framework: 'flask', pathParams: rule?.kind === 'str' ? converters(rule.value) : {}, html: true });
  }
  return out;
}
