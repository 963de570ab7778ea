// Flask-RESTX's routes for the endpoint inventory: Resource classes bound by `@ns.route('/a', '/b')`
// or `@api.route`, or by `ns.add_resource(Resource, '/a')`. A Namespace serves under its path
// (`Namespace('devices')` is `/devices`, `path=` overrides, so does `api.add_namespace(ns, path=…)`),
// below the Api's prefix and the url_prefix of the blueprint the Api wraps. `decorators=[…]` of the
// Api and the Namespace guard all their resources (with the class's method_decorators, see
// ../flask_restful/endpoints.ts). `@ns.expect(model)` names the input, `@ns.marshal_with(model)` the
// response; the documentation decorators (doc, response, param, header …) guard nothing.
import type { Endpoint } from '../../../domain/index.js';
import type { FileEndpointFacts } from '../../endpoints/file-facts.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';
import { joinPath } from '../../endpoints/paths.js';
import { nameOf, type ProjectIndex } from '../../endpoints/project.js';
import { lastName, listOf, strOf, type Val } from '../../endpoints/values.js';
import { apiHolder, apiOf, resourceEndpoints, type ExtensionDecorator, type ResourceRoute } from '../flask_restful/endpoints.js';

const APIS = new Set(['flask_restx.Api', 'flask_restplus.Api']);
const NAMESPACES = new Set(['flask_restx.Namespace', 'flask_restplus.Namespace']);
const DOCS = new Set(['doc', 'response', 'param', 'header', 'produces', 'deprecated', 'vendor', 'hide', 'route', 'errorhandler']);

type Call = Extract<Val, { k: 'call' }>;

/** A Namespace: its own call, the Api that creates or adds it, and its path. */
interface Ns {
  api: { q: string; call: Call; file: FileEndpointFacts } | null;
  path: string;
  decorators: Val[];
}

function namespaceOf(q: string, file: FileEndpointFacts, index: ProjectIndex): Ns | null {
  const v = index.assign(q, file);
  if (v?.k !== 'call' || !v.q) return null;
  const name = strOf(v.args[0] ?? v.kw['name']);
  const own = strOf(v.kw['path']) ?? (name !== null ? `/${name}` : '');
  const decorators = listOf(v.kw['decorators']);
  // `ns = api.namespace('devices')`: created on that Api.
  if (lastName(v.q) === 'namespace') {
    const apiQ = v.q.slice(0, -'.namespace'.length);
    const api = apiOf(apiQ, file, index, APIS);
    return api ? { api: { q: apiQ, call: api, file }, path: own, decorators } : null;
  }
  if (!NAMESPACES.has(v.q)) return null;
  const add = index.callsOf('add_namespace').find((c) => index.same(nameOf(c.fact.call.args[0] ?? c.fact.call.kw['ns']), q));
  const api = add?.fact.recv ? apiOf(add.fact.recv, add.file, index, APIS) : null;
  const path = strOf(add?.fact.call.args[1] ?? add?.fact.call.kw['path']) ?? own;
  return { api: api && add ? { q: add.fact.recv!, call: api, file: add.file } : null, path, decorators };
}

/** Where routes declared on `q` (an Api or a Namespace) go: holder, prefix and the decorators of all. */
function mountOf(q: string, file: FileEndpointFacts, index: ProjectIndex): Omit<ResourceRoute, 'url' | 'clsQ'> | null {
  const api = apiOf(q, file, index, APIS);
  if (api) return { holder: apiHolder(q, api, file, index), prefix: strOf(api.kw['prefix']) ?? '', wrappers: listOf(api.kw['decorators']) };
  const ns = namespaceOf(q, file, index);
  if (!ns) return null;
  if (!ns.api) return { holder: { q: '', file }, prefix: ns.path, wrappers: ns.decorators };
  const prefix = joinPath(strOf(ns.api.call.kw['prefix']) ?? '', ns.path);
  return { holder: apiHolder(ns.api.q, ns.api.call, ns.api.file, index), prefix, wrappers: [...listOf(ns.api.call.kw['decorators']), ...ns.decorators] };
}

function restxRoutes(index: ProjectIndex): Endpoint[] {
  const routes: ResourceRoute[] = [];
  for (const c of index.classes.values()) {
    for (const d of c.fact.decorators) {
      if (d.k !== 'call' || !d.q || lastName(d.q) !== 'route') continue;
      const mount = mountOf(d.q.slice(0, -'.route'.length), c.file, index);
      if (!mount) continue;
      for (const u of d.args) {
        const url = strOf(u);
        if (url !== null) routes.push({ ...mount, url, clsQ: c.fact.q });
      }
    }
  }
  for (const c of index.callsOf('add_resource')) {
    const mount = c.fact.recv ? mountOf(c.fact.recv, c.file, index) : null;
    const clsQ = nameOf(c.fact.call.args[0] ?? c.fact.call.kw['resource']);
    if (!mount || !clsQ) continue;
    for (const u of c.fact.call.args.slice(1)) {
      const url = strOf(u);
      if (url !== null) routes.push({ ...mount, url, clsQ });
    }
  }
  const own: ExtensionDecorator = (d, file) => {
    const q = nameOf(d);
    if (!q || !q.includes('.')) return null;
    const verb = lastName(q);
    const recv = q.slice(0, -(verb.length + 1));
    if (!apiOf(recv, file, index, APIS) && !namespaceOf(recv, file, index)) return null;
    const arg = d.k === 'call' ? nameOf(d.args[0]) ?? (d.args[0]?.k === 'list' ? nameOf(d.args[0].items[0]) : null) : null;
    if (verb === 'expect') return { input: arg ?? undefined };
    if (verb === 'marshal_with' || verb === 'marshal_list_with') return { response: arg ?? undefined };
    return DOCS.has(verb) ? {} : null;
  };
  return resourceEndpoints('flask_restx', routes, index, own);
}

export const flaskRestxEndpoints: FrameworkEndpoints = { routes: (ctx) => restxRoutes(ctx.index) };
