// Flask routes: `@app.route("/u/<int:id>")` (and the verb shortcuts) make a view whose parameters
// are the URL's converted parts; class-based views (MethodView) get them in their verb methods.
// A Flask view's returned string is the HTML body of the response (route.html).
import type { Route } from '../../taint/ir.js';
import type { DecoratorCall, HandlerView, ParamKind } from '../api.js';
import { SAFE_CONVERTERS, converters } from '../converters.js';
import { HTTP_METHODS } from '../django/views.js';

const ROUTE_METHODS = new Set(['route', 'get', 'post', 'put', 'delete', 'patch']);
/** `@app.errorhandler(500)`: the handler is called with the exception, whose text may hold request data. */
const ERROR_HANDLERS = new Set(['errorhandler', 'app_errorhandler']);
const ERROR_HANDLER_TEXT = /\.(app_)?errorhandler\(/;

export function flaskRoute(d: DecoratorCall): Route | null {
  const isFlask = d.app ? d.app === 'flask' : d.ctx.fileFrameworks.has('flask');
  if (!isFlask || (!ROUTE_METHODS.has(d.method) && !ERROR_HANDLERS.has(d.method))) return null;
  return { kind: 'flask', pathParams: converters(d.path), html: true };
}

function byConverter(conv: string): ParamKind {
  return SAFE_CONVERTERS.has(conv) ? { k: 'clean' } : { k: 'source', struct: false };
}

export function flaskParams(h: HandlerView): ParamKind[] | null {
  const { fn, kinds, program } = h;
  // A decorated route, or a function registered with add_url_rule (its own id, not its class).
  const rule = fn.route?.kind === 'flask' ? fn.route : h.registration?.framework === 'flask' && h.registration.view === fn.id ? h.registration : undefined;
  if (rule) {
    fn.params.forEach((p, i) => {
      const conv = rule.pathParams[p.name];
      if (conv === undefined) {
        if (kinds[i]!.k === 'plain') kinds[i] = { k: 'clean' };
      } else kinds[i] = byConverter(conv);
    });
    if (fn.params[0] && fn.decorators.some((d) => ERROR_HANDLER_TEXT.test(d))) kinds[0] = { k: 'source', struct: false };
    return kinds;
  }
  if (!h.isMethod || !HTTP_METHODS.has(fn.name) || !program.isSubclass(fn.cls!, (b) => b.startsWith('flask.views.'))) return null;
  const route = h.registration;
  for (let i = 1; i < fn.params.length; i++) {
    const p = fn.params[i]!;
    if (kinds[i]!.k !== 'plain') continue;
    if (route) {
      const conv = route.pathParams[p.name];
      kinds[i] = conv === undefined ? (p.star ? { k: 'source', struct: false } : { k: 'clean' }) : byConverter(conv);
    } else kinds[i] = { k: 'source', struct: false };
  }
  return kinds;
}
