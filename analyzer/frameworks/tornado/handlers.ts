// Tornado routing: `Application([(r"/user/(\d+)", UserHandler), url(r"/p/(?P<slug>[^/]+)", P)])`
// registers RequestHandler classes; their verb methods get the URL's regex groups, positional or
// named, and every method reads request data from `self`. An Application built with
// `autoescape=None` renders its handlers' templates raw: their `self` carries TORNADO_RAW_TEMPLATES.
import type { FileContext } from '../../file-context.js';
import type { UrlRouteIR } from '../../taint/ir.js';
import type { HandlerView, ParamKind } from '../api.js';
import { SAFE_CONVERTERS } from '../converters.js';
import { callsIn, keywordArg, positionalArgs, regexParams } from '../support.js';
import { TORNADO_HANDLER, TORNADO_RAW_TEMPLATES } from './model.js';

const APPLICATIONS = new Set(['tornado.web.Application', 'tornado.routing.RuleRouter', 'tornado.web.url', 'tornado.routing.URLSpec']);
const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'prepare', 'open', 'on_message']);
const HANDLER_BASES = (b: string) => b === 'tornado.web.RequestHandler' || b === 'tornado.websocket.WebSocketHandler' || b === 'tornado.web.StaticFileHandler';

export function tornadoRegistrations(ctx: FileContext): UrlRouteIR[] {
  if (!/\btornado\b/.test(ctx.source)) return [];
  const out: UrlRouteIR[] = [];
  for (const call of callsIn(ctx.tree.rootNode)) {
    const q = ctx.names.qualifiedName(call.childForFieldName('function')) ?? '';
    if (!APPLICATIONS.has(q)) continue;
    // url(pattern, Handler) itself, or the (pattern, Handler) tuples of an Application's list.
    const raw = q === 'tornado.web.Application' && keywordArg(call, 'autoescape')?.type === 'none';
    const specs = q.endsWith('.url') || q.endsWith('URLSpec') ? [positionalArgs(call)] : (positionalArgs(call)[0]?.namedChildren ?? []).map((t) => (t.type === 'tuple' ? t.namedChildren : []));
    for (const [pattern, handler] of specs) {
      const path = ctx.constant(pattern);
      const view = handler ? ctx.names.qualifiedName(handler) : null;
      if (path?.kind === 'str' && view) out.push({ view, framework: 'tornado', pathParams: regexParams(path.value), ...(raw ? { handlerObjs: [TORNADO_RAW_TEMPLATES] } : {}) });
    }
  }
  return out;
}

export function tornadoParams(h: HandlerView): ParamKind[] | null {
  const { fn, kinds, program } = h;
  if (!h.isMethod || !program.isSubclass(fn.cls!, HANDLER_BASES)) return null;
  const entry = VERBS.has(fn.name);
  const route = h.registration?.framework === 'tornado' ? h.registration : undefined;
  kinds[0] = { k: 'self', cls: fn.cls!, objs: [TORNADO_HANDLER, ...(route?.handlerObjs ?? [])], entry };
  if (!entry) return kinds;
  for (let i = 1; i < fn.params.length; i++) {
    const p = fn.params[i]!;
    const conv = route?.pathParams[p.name] ?? route?.pathParams[`#${i - 1}`];
    kinds[i] = conv && SAFE_CONVERTERS.has(conv) ? { k: 'clean' } : { k: 'source', struct: false };
  }
  return kinds;
}
