// aiohttp routing: `app.router.add_get(path, handler)`, `app.add_routes([web.get(path, handler),
// web.view(path, View)])` and `@routes.get(path)` on a RouteTableDef. A handler gets the request
// only; a class view (web.View) reads it from `self.request` in its verb methods. Routes registered
// in a file that sets aiohttp_jinja2 up with autoescape off get a request marked AIOHTTP_RAW_JINJA.
import type { FileContext } from '../../file-context.js';
import type { Route, UrlRouteIR } from '../../taint/ir.js';
import type { DecoratorCall, HandlerView, ParamKind } from '../api.js';
import { callsIn, keywordArg, methodOf, positionalArgs } from '../support.js';
import { HTTP_METHODS } from '../django/views.js';
import { AIOHTTP_RAW_JINJA } from './model.js';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'view', 'route']);
const ADDERS = new Set(['add_get', 'add_post', 'add_put', 'add_patch', 'add_delete', 'add_head', 'add_view', 'add_route']);

// A pattern of digit (or hex digit) runs, optionally joined by `-`, `_` or `.`: `\d+`, `\d{4}`,
// `[0-9]{4}-[0-9]{2}`, `[0-9a-f]{32}`: no quote, space, slash or leading `-` can match it.
const DIGIT_CLASS = String.raw`(?:\\d|\[0-9\]|\[0-9a-f\]|\[0-9a-fA-F\]|\[0-9A-F\]|\[a-f0-9\]|\[a-fA-F0-9\])`;
const QUANT = String.raw`(?:\+|\{\d+(?:,\d*)?\})?`;
const DIGITS_ONLY = new RegExp(String.raw`^${DIGIT_CLASS}${QUANT}(?:(?:-|_|\\\.)${DIGIT_CLASS}${QUANT})*$`);

/**
 * `{id}`, `{id:\d+}`, `{year:\d{4}}`: a digits-only pattern converts like `int`. The pattern may
 * hold one level of braces (a `{4}` quantifier), so a placeholder does not end at its first `}`.
 */
export function aiohttpParams(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of path.matchAll(/\{(\w+)(?::((?:[^{}]|\{[^{}]*\})+))?\}/g)) out[m[1]!] = m[2] && DIGITS_ONLY.test(m[2]) ? 'int' : 'string';
  return out;
}

export function aiohttpRoute(d: DecoratorCall): Route | null {
  if (d.app !== 'aiohttp' || !VERBS.has(d.method)) return null;
  return { kind: 'aiohttp', pathParams: aiohttpParams(d.path), html: false };
}

export function aiohttpRegistrations(ctx: FileContext): UrlRouteIR[] {
  if (!/\baiohttp\b/.test(ctx.source)) return [];
  const out: UrlRouteIR[] = [];
  const calls = [...callsIn(ctx.tree.rootNode)];
  const raw = calls.some((c) => ctx.names.qualifiedName(c.childForFieldName('function')) === 'aiohttp_jinja2.setup' && keywordArg(c, 'autoescape')?.type === 'false');
  for (const call of calls) {
    const q = ctx.names.qualifiedName(call.childForFieldName('function')) ?? '';
    const method = methodOf(call);
    const web = q.startsWith('aiohttp.web.') && VERBS.has(q.slice('aiohttp.web.'.length));
    if (!web && !ADDERS.has(method)) continue;
    const args = positionalArgs(call);
    // add_route(method, path, handler) and web.route(method, path, handler) name the verb first.
    const shift = method === 'add_route' || q === 'aiohttp.web.route' ? 1 : 0;
    const path = ctx.constant(args[shift] ?? keywordArg(call, 'path'));
    const handler = args[shift + 1] ?? keywordArg(call, 'handler');
    const view = handler ? ctx.names.qualifiedName(handler) : null;
    if (view) out.push({ view, framework: 'aiohttp', pathParams: path?.kind === 'str' ? aiohttpParams(path.value) : {}, ...(raw ? { handlerObjs: [AIOHTTP_RAW_JINJA] } : {}) });
  }
  return out;
}

export function aiohttpHandlerParams(h: HandlerView): ParamKind[] | null {
  const { fn, kinds, program } = h;
  if (h.isMethod && HTTP_METHODS.has(fn.name) && program.isSubclass(fn.cls!, (b) => b === 'aiohttp.web.View' || b === 'aiohttp.web_urldispatcher.View')) {
    kinds[0] = { k: 'self', cls: fn.cls!, entry: true };
    return kinds;
  }
  if (fn.route?.kind !== 'aiohttp' && h.registration?.framework !== 'aiohttp') return null;
  const objs = h.registration?.framework === 'aiohttp' ? h.registration.handlerObjs : undefined;
  fn.params.forEach((p, i) => {
    const first = i === (h.isMethod ? 1 : 0);
    if (kinds[i]!.k === 'plain' || (first && kinds[i]!.k === 'request')) kinds[i] = first ? { k: 'request', ...(objs ? { objs } : {}) } : { k: 'clean' };
  });
  return kinds;
}
