// Bottle routing: `@route("/u/<id:int>")`, the verb shortcuts (`@get`, `@post` …), the same on a
// `Bottle()` app object (`@app.route`), and `app.route(path, method, callback)` by call. A view gets
// the URL's wildcards as keyword arguments; the `int` and `float` filters admit no injection.
import type { FileContext } from '../../file-context.js';
import type { SyntaxNode } from '../../rule.js';
import type { UrlRouteIR } from '../../taint/ir.js';
import type { HandlerView, ParamKind } from '../api.js';
import { callsIn, keywordArg, methodOf, positionalArgs } from '../support.js';

const VERBS = new Set(['route', 'get', 'post', 'put', 'delete', 'patch']);
const APPS = new Set(['bottle.Bottle', 'bottle.default_app', 'bottle.app']);
const SAFE = new Set(['int', 'float']);

/** `<name>`, `<name:int>`, `<name:re:[a-z]+>` and the old `:name` form → name: filter. */
export function bottleParams(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of path.matchAll(/<([A-Za-z_]\w*)(?::(\w+)(?::[^>]*)?)?>/g)) out[m[1]!] = m[2] ?? 'string';
  for (const m of path.matchAll(/(?:^|\/):([A-Za-z_]\w*)/g)) out[m[1]!] ??= 'string';
  return out;
}

/** A Bottle route decorator or route call: bottle.route / bottle.get …, or app.route on a Bottle() app. */
function isRouteCall(ctx: FileContext, call: SyntaxNode): boolean {
  const fn = call.childForFieldName('function');
  const q = ctx.names.qualifiedName(fn) ?? '';
  if (q.startsWith('bottle.') && VERBS.has(q.slice('bottle.'.length))) return true;
  if (fn?.type !== 'attribute' || !VERBS.has(methodOf(call))) return false;
  const obj = fn.childForFieldName('object');
  const init = obj?.type === 'identifier' ? ctx.moduleConstant(obj.text) : undefined;
  return init?.type === 'call' && APPS.has(ctx.names.qualifiedName(init.childForFieldName('function')) ?? '');
}

function pathOf(ctx: FileContext, call: SyntaxNode): Record<string, string> {
  const p = ctx.constant(positionalArgs(call)[0] ?? keywordArg(call, 'path'));
  return p?.kind === 'str' ? bottleParams(p.value) : {};
}

export function bottleRegistrations(ctx: FileContext): UrlRouteIR[] {
  if (!/\bbottle\b/.test(ctx.source)) return [];
  const out: UrlRouteIR[] = [];
  for (const stmt of ctx.tree.rootNode.namedChildren) {
    if (stmt.type !== 'decorated_definition') continue;
    const name = stmt.childForFieldName('definition')?.childForFieldName('name')?.text;
    if (stmt.childForFieldName('definition')?.type !== 'function_definition' || !name) continue;
    for (const d of stmt.namedChildren.filter((c) => c.type === 'decorator')) {
      const call = d.namedChild(0);
      if (call?.type === 'call' && isRouteCall(ctx, call)) out.push({ view: `${ctx.module}.${name}`, framework: 'bottle', pathParams: pathOf(ctx, call), html: true });
    }
  }
  // app.route("/x", "GET", callback) and route("/x", callback=fn).
  for (const call of callsIn(ctx.tree.rootNode)) {
    if (call.parent?.type === 'decorator' || !isRouteCall(ctx, call)) continue;
    const target = keywordArg(call, 'callback') ?? positionalArgs(call)[2];
    const view = target ? ctx.names.qualifiedName(target) : null;
    if (view) out.push({ view, framework: 'bottle', pathParams: pathOf(ctx, call), html: true });
  }
  return out;
}

export function bottleHandlerParams(h: HandlerView): ParamKind[] | null {
  const { fn, kinds } = h;
  const route = h.registration?.framework === 'bottle' && h.registration.view === fn.id ? h.registration : undefined;
  if (!route) return null;
  fn.params.forEach((p, i) => {
    const conv = route.pathParams[p.name];
    if (conv === undefined) {
      if (kinds[i]!.k === 'plain') kinds[i] = { k: 'clean' };
    } else kinds[i] = SAFE.has(conv) ? { k: 'clean' } : { k: 'source', struct: false };
  });
  return kinds;
}
