// Starlette routing: `Route("/u/{id:int}", endpoint)` in a routes list, `app.add_route(path, fn)`,
// and the (older) `@app.route(path)` decorator on a Starlette app. An endpoint receives only the
// request; a class endpoint (HTTPEndpoint) gets it in its verb methods.
import type { FileContext } from '../../file-context.js';
import type { SyntaxNode } from '../../rule.js';
import type { Route, UrlRouteIR } from '../../taint/ir.js';
import type { DecoratorCall, HandlerView, ParamKind } from '../api.js';
import { braceParams } from '../converters.js';
import { HTTP_METHODS } from '../django/views.js';
import { keywordArg, positionalArgs } from '../support.js';
import { middlewareParams } from './middleware.js';

const ROUTE_CLASSES = new Set(['starlette.routing.Route', 'starlette.routing.WebSocketRoute']);
const DECORATORS = new Set(['route', 'websocket_route']);
const ENDPOINT_BASES = (b: string) => b === 'starlette.endpoints.HTTPEndpoint' || b === 'starlette.endpoints.WebSocketEndpoint';

export function starletteRoute(d: DecoratorCall): Route | null {
  if (d.app !== 'starlette' || !DECORATORS.has(d.method)) return null;
  return { kind: 'starlette', pathParams: braceParams(d.path), html: false };
}


export function starletteRegistrations(ctx: FileContext): UrlRouteIR[] {
  if (!/\bstarlette\b/.test(ctx.source)) return [];
  const out: UrlRouteIR[] = [];
  const stack: SyntaxNode[] = [ctx.tree.rootNode];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const c of n.namedChildren) stack.push(c);
    if (n.type !== 'call') continue;
    const fn = n.childForFieldName('function');
    const q = ctx.names.qualifiedName(fn) ?? '';
    const isRoute = ROUTE_CLASSES.has(q);
    const isAdd = !isRoute && fn?.type === 'attribute' && ['add_route', 'add_websocket_route'].includes(fn.childForFieldName('attribute')?.text ?? '');
    if (!isRoute && !isAdd) continue;
    const args = positionalArgs(n);
    const path = ctx.constant(args[0] ?? keywordArg(n, 'path'));
    const endpoint = args[1] ?? keywordArg(n, isRoute ? 'endpoint' : 'route');
    const view = endpoint ? ctx.names.qualifiedName(endpoint) : null;
    if (view) out.push({ view, framework: 'starlette', pathParams: path?.kind === 'str' ? braceParams(path.value) : {} });
  }
  return out;
}

export function starletteParams(h: HandlerView): ParamKind[] | null {
  const { fn, kinds, program } = h;
  const routed = fn.route?.kind === 'starlette' || h.registration?.framework === 'starlette';
  const endpointMethod = h.isMethod && HTTP_METHODS.has(fn.name) && program.isSubclass(fn.cls!, ENDPOINT_BASES);
  if (!routed && !endpointMethod) return middlewareParams(h);
  const first = h.isMethod ? 1 : 0;
  fn.params.forEach((p, i) => {
    if (kinds[i]!.k !== 'plain') return;
    kinds[i] = i === first ? { k: 'request' } : { k: 'clean' };
  });
  return kinds;
}
