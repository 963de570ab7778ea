// Falcon routing: `app.add_route("/files/{name}", Download())` binds a resource instance; Falcon
// calls its responders `on_get(self, req, resp, **params)` (and `on_get_<suffix>` with
// add_route(..., suffix=…)) with the URI template's fields as keyword arguments, converted when the
// field names a converter (`{id:int}`, `{id:uuid}`).
import type { FileContext } from '../../file-context.js';
import type { SyntaxNode } from '../../rule.js';
import type { UrlRouteIR } from '../../taint/ir.js';
import type { HandlerView, ParamKind } from '../api.js';
import { braceParams } from '../converters.js';
import { callsIn, keywordArg, methodOf, positionalArgs } from '../support.js';
import { FALCON_RESPONSE } from './model.js';

const RESPONDER = /^on_(get|post|put|patch|delete|head|options|websocket)(_\w+)?$/;
const SAFE = new Set(['int', 'uuid', 'float', 'dt']);

/** The class of `Resource()` or of a module-level name bound to `Resource(...)`. */
export function resourceClass(ctx: FileContext, node: SyntaxNode | undefined): string | null {
  if (!node) return null;
  const init = node.type === 'identifier' ? (ctx.moduleConstant(node.text) ?? node) : node;
  if (init.type !== 'call') return null;
  return ctx.names.qualifiedName(init.childForFieldName('function'));
}

export function falconRegistrations(ctx: FileContext): UrlRouteIR[] {
  if (!/\bfalcon\b/.test(ctx.source)) return [];
  const out: UrlRouteIR[] = [];
  for (const call of callsIn(ctx.tree.rootNode)) {
    if (methodOf(call) !== 'add_route') continue;
    const [template, resource] = positionalArgs(call);
    const path = ctx.constant(template ?? keywordArg(call, 'uri_template'));
    const view = resourceClass(ctx, resource ?? keywordArg(call, 'resource'));
    if (path?.kind === 'str' && view) out.push({ view, framework: 'falcon', pathParams: braceParams(path.value) });
  }
  return out;
}

export function falconParams(h: HandlerView): ParamKind[] | null {
  const { fn, kinds } = h;
  if (!h.isMethod || !RESPONDER.test(fn.name)) return null;
  const route = h.registration?.framework === 'falcon' ? h.registration : undefined;
  // Without a registration in sight, a responder is known by Falcon's own signature.
  if (!route && !/^req(uest)?$/.test(fn.params[1]?.name ?? '')) return null;
  if (!route && !/^resp(onse)?$/.test(fn.params[2]?.name ?? '')) return null;
  kinds[0] = { k: 'self', cls: fn.cls!, entry: true };
  if (fn.params[1]) kinds[1] = { k: 'request' };
  if (fn.params[2]) kinds[2] = { k: 'obj', obj: FALCON_RESPONSE };
  for (let i = 3; i < fn.params.length; i++) {
    const conv = route?.pathParams[fn.params[i]!.name];
    kinds[i] = conv !== undefined && SAFE.has(conv) ? { k: 'clean' } : { k: 'source', struct: false };
  }
  return kinds;
}
