// aiohttp's routes for the endpoint inventory: RouteTableDef decorators (`@routes.get(path)`),
// `app.router.add_<verb>(path, handler)`, and `web.<verb>(path, handler)` / `web.view(path, View)`
// in `app.add_routes([...])`. A web.View class answers the verbs it defines. aiohttp has no login
// decorator of its own: other decorators are judged by their code (aiohttp-security's checks read
// the identity and raise, so a project wrapper around them is seen). Routes added to a sub-application
// answer under its prefix, behind its middlewares and its parents' (./apps.ts).
import type { Endpoint, HttpMethod } from '../../../domain/index.js';
import { methodList } from '../../endpoints/build.js';
import type { FileEndpointFacts } from '../../endpoints/file-facts.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';
import { nameOf, type ProjectIndex } from '../../endpoints/project.js';
import { lastName, listOf, strOf, type Val } from '../../endpoints/values.js';
import { endpointsOfView } from '../../endpoints/view-endpoints.js';
import type { EndpointParam } from '../../../domain/index.js';
import { authenticationOf, requires, type Effect } from '../../endpoints/guards.js';
import { joinPath } from '../../endpoints/paths.js';
import { appPlace, middlewareGuards } from './apps.js';

const VERBS: Record<string, HttpMethod[] | null> = { get: ['GET'], post: ['POST'], put: ['PUT'], patch: ['PATCH'], delete: ['DELETE'], head: ['HEAD'], view: null, route: null };
const CLASS_VERBS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** `/threads/{id:\d+}` → `/threads/{id}`; the regex is the parameter's type. */
export function aiohttpPath(route: string): { path: string; params: EndpointParam[] } {
  const params: EndpointParam[] = [];
  const path = route.replace(/\{(\w+)(?::((?:[^{}]|\{[^{}]*\})*))?\}/g, (_m, name: string, re: string | undefined) => {
    params.push({ name, type: re ? `regex ${re}` : 'str' });
    return `{${name}}`;
  });
  return { path, params };
}

interface Found {
  path: string;
  methods: HttpMethod[] | null;
  handler: Val;
  /** The Application it is added to, when the call names one. */
  app?: { q: string; file: FileEndpointFacts };
}

/** `web.get("/p", h)` and friends, and `web.route("POST", "/p", h)`. */
function routeDef(v: Val): Found | null {
  if (v.k !== 'call' || !v.q?.startsWith('aiohttp.web.')) return null;
  const verb = lastName(v.q);
  if (!(verb in VERBS)) return null;
  const args = verb === 'route' ? v.args.slice(1) : v.args;
  const path = strOf(args[0] ?? v.kw['path']);
  const handler = args[1] ?? v.kw['handler'];
  if (path === null || !handler) return null;
  const methods = verb === 'route' ? methodList([strOf(v.args[0]) ?? 'GET']) : VERBS[verb]!;
  return { path, methods, handler };
}

export function aiohttpRoutes(index: ProjectIndex): Endpoint[] {
  const found: Found[] = [];
  for (const c of index.calls) {
    const { method, call } = c.fact;
    if (method === 'add_routes') for (const item of listOf(call.args[0])) {
      const r = routeDef(item);
      if (r) found.push(c.fact.recv ? { ...r, app: { q: c.fact.recv, file: c.file } } : r);
    }
    const verb = method.startsWith('add_') ? method.slice(4) : '';
    if (verb in VERBS && verb !== 'route' && c.fact.recv && /\brouter$/.test(c.fact.recv)) {
      const path = strOf(call.args[0] ?? call.kw['path']);
      const handler = call.args[1] ?? call.kw['handler'];
      if (path !== null && handler) found.push({ path, methods: VERBS[verb]!, handler, app: { q: c.fact.recv.replace(/\.router$/, ''), file: c.file } });
    }
  }
  const out: Endpoint[] = [];
  const push = (f: Found, q: string | null) => {
    const place = f.app ? appPlace(f.app.q, f.app.file, index) : null;
    const norm = aiohttpPath(joinPath(place?.prefix ?? '', f.path));
    const registers = (d: Val, file: FileEndpointFacts) => routeOfDecorator(d, index, file) !== null;
    const found = endpointsOfView({ framework: 'aiohttp', q, path: norm.path, params: norm.params, methods: f.methods, viewBase: 'aiohttp.web.View', verbs: CLASS_VERBS, decorators: {}, registers }, index);
    // The app's middlewares stand in front of every route added to it, outside the handler's decorators.
    if (place) for (const e of found) {
      const mw = middlewareGuards(place, e.path, index, f.app!.file.path);
      const guards = mw.guards.filter((g) => !e.guards.some((x) => x.name === g.name));
      if (guards.length === 0) continue;
      e.guards.unshift(...guards);
      e.authentication = authenticationOf(e.guards);
      e.authorization.push(...mw.authorization.filter((a) => !e.authorization.some((x) => x.name === a.name)));
    }
    out.push(...found);
  };
  for (const f of found) push(f, nameOf(f.handler));
  for (const fn of index.functions.values()) {
    for (const d of fn.fact.decorators) {
      const r = routeOfDecorator(d, index, fn.file);
      if (r) push(r, fn.fact.q);
    }
  }
  return out;
}

/** `@routes.get(path)` on a `web.RouteTableDef()`. */
function routeOfDecorator(d: Val, index: ProjectIndex, file: FileEndpointFacts): Found | null {
  if (d.k !== 'call' || !d.q) return null;
  const verb = lastName(d.q);
  if (!(verb in VERBS)) return null;
  const recv = d.q.slice(0, -(verb.length + 1));
  if (index.constructor_(recv, file) !== 'aiohttp.web.RouteTableDef') return null;
  const args = verb === 'route' ? d.args.slice(1) : d.args;
  const path = strOf(args[0] ?? d.kw['path']);
  if (path === null) return null;
  return { path, methods: verb === 'route' ? methodList([strOf(d.args[0]) ?? 'GET']) : VERBS[verb] ?? null, handler: { k: 'none' } };
}

/** aiohttp-security's checks raise HTTPUnauthorized / HTTPForbidden themselves: a call is a guard. */
const GUARD_CALLS: Record<string, Effect> = {
  'aiohttp_security.check_authorized': requires('handler_check', 'aiohttp_security.check_authorized'),
  'aiohttp_security.api.check_authorized': requires('handler_check', 'aiohttp_security.check_authorized'),
  'aiohttp_security.check_permission': { ...requires('handler_check', 'aiohttp_security.check_permission'), authorization: { kind: 'permission', name: 'aiohttp_security.check_permission' } },
  'aiohttp_security.api.check_permission': { ...requires('handler_check', 'aiohttp_security.check_permission'), authorization: { kind: 'permission', name: 'aiohttp_security.check_permission' } },
};

export const aiohttpEndpoints: FrameworkEndpoints = { routes: (ctx) => aiohttpRoutes(ctx.index), guardCalls: GUARD_CALLS };
