// Starlette's routes for the endpoint inventory: `Route(path, endpoint, methods=…)` in the routes
// lists of a Starlette app or Router, `Mount(prefix, routes=[…])` prefixes, and `app.add_route`.
// A function endpoint answers the methods its Route names (GET by default); an HTTPEndpoint class
// answers the verbs it defines. Starlette's AuthenticationMiddleware only identifies the caller:
// what refuses anonymous ones is `@requires("authenticated")` on the endpoint.
import type { Endpoint, HttpMethod } from '../../../domain/index.js';
import { methodList } from '../../endpoints/build.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';
import type { DecoratorTable } from '../../endpoints/guards.js';
import { joinPath, starlettePath } from '../../endpoints/paths.js';
import { nameOf, type ProjectIndex } from '../../endpoints/project.js';
import { listOf, strOf, type Val } from '../../endpoints/values.js';
import type { FileEndpointFacts } from '../../endpoints/file-facts.js';
import { endpointsOfView } from '../../endpoints/view-endpoints.js';

const ROUTE = new Set(['starlette.routing.Route']);
const MOUNT = new Set(['starlette.routing.Mount']);
const VERBS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** `requires("authenticated")` refuses anonymous callers; any scope it names is an authorization. */
const DECORATORS: DecoratorTable = {
  'starlette.authentication.requires': (v) => {
    const scopes = v.k === 'call' ? listOf(v.args[0] ?? v.kw['scopes']).flatMap((x) => (x.k === 'str' ? [x.v] : [])) : [];
    const extra = scopes.filter((s) => s !== 'authenticated');
    return { guard: { kind: 'decorator', name: 'starlette.authentication.requires', authentication: scopes.includes('authenticated') ? 'required' : 'unknown' }, authorization: extra.length > 0 ? { kind: 'custom', name: `requires(${extra.join(', ')})` } : undefined };
  },
};

interface Found {
  path: string;
  endpoint: Val;
  methods: HttpMethod[] | null;
  file: FileEndpointFacts;
}

function collect(v: Val, prefix: string, file: FileEndpointFacts, index: ProjectIndex, out: Found[], seen: Set<string>, depth = 0): void {
  if (depth > 12) return;
  if (v.k === 'list') {
    for (const item of v.items) collect(item, prefix, file, index, out, seen, depth + 1);
    return;
  }
  if (v.k === 'ref') {
    // A routes list bound to a name (`routes = [...]`), followed once.
    if (seen.has(v.q)) return;
    seen.add(v.q);
    const bound = index.assign(v.q, file);
    if (bound?.k === 'list') collect(bound, prefix, file, index, out, seen, depth + 1);
    return;
  }
  if (v.k !== 'call') return;
  if (ROUTE.has(v.q ?? '')) {
    const path = strOf(v.args[0] ?? v.kw['path']);
    const endpoint = v.args[1] ?? v.kw['endpoint'];
    if (path === null || !endpoint) return;
    const m = v.kw['methods'];
    out.push({ path: joinPath(prefix, path) || '/', endpoint, methods: m ? methodList(listOf(m).flatMap((x) => (x.k === 'str' ? [x.v] : []))) : null, file });
    return;
  }
  if (MOUNT.has(v.q ?? '')) {
    const path = strOf(v.args[0] ?? v.kw['path']) ?? '';
    const routes = v.kw['routes'] ?? v.kw['app'] ?? v.args[1];
    if (routes) collect(routes, joinPath(prefix, path), file, index, out, seen, depth + 1);
    return;
  }
  // Starlette(routes=[…]), Router(routes=[…])
  if (v.q === 'starlette.applications.Starlette' || v.q === 'starlette.routing.Router') {
    const routes = v.kw['routes'] ?? v.args[0];
    if (routes) collect(routes, prefix, file, index, out, seen, depth + 1);
  }
}

export function starletteRoutes(index: ProjectIndex): Endpoint[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const file of index.files) {
    if (!file.frameworks.includes('starlette')) continue;
    for (const [k, v] of Object.entries(file.assigns)) if (!k.startsWith('local:') && v.k === 'call') collect(v, '', file, index, found, seen);
  }
  for (const c of index.callsOf('add_route')) {
    const app = c.fact.recv ? index.constructor_(c.fact.recv, c.file) : null;
    if (app !== 'starlette.applications.Starlette' && app !== 'starlette.routing.Router') continue;
    const call = c.fact.call;
    const path = strOf(call.args[0] ?? call.kw['path']);
    const endpoint = call.args[1] ?? call.kw['route'];
    const m = call.kw['methods'];
    if (path !== null && endpoint) found.push({ path, endpoint, methods: m ? methodList(listOf(m).flatMap((x) => (x.k === 'str' ? [x.v] : []))) : null, file: c.file });
  }
  const out: Endpoint[] = [];
  for (const f of found) {
    const norm = starlettePath(f.path);
    out.push(...endpointsOfView({ framework: 'starlette', q: nameOf(f.endpoint), path: norm.path, params: norm.params, methods: f.methods, viewBase: 'starlette.endpoints.HTTPEndpoint', verbs: VERBS, decorators: DECORATORS }, index));
  }
  return out;
}

export const starletteEndpoints: FrameworkEndpoints = { routes: (ctx) => starletteRoutes(ctx.index) };
