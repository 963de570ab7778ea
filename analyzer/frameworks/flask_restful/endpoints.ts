// Flask-RESTful's routes for the endpoint inventory: `api.add_resource(Resource, '/a', '/b')` binds
// a Resource class under every URL given, on the app or blueprint the Api wraps (its url_prefix)
// and the Api's own prefix. Each verb method is an endpoint; the guards in front of it are the
// Api's `decorators=[…]`, the class's `decorators` and `method_decorators` (a list for every verb
// or a dict per verb), the method's own decorators, and the Flask app's before_request hooks.
// Flask-RESTX reuses the builder (../flask_restx/endpoints.ts) with its Namespaces.
import type { Endpoint, Framework, HttpMethod } from '../../../domain/index.js';
import { HTTP_METHODS } from '../../../domain/index.js';
import { makeEndpoint, methodList } from '../../endpoints/build.js';
import type { FileEndpointFacts } from '../../endpoints/file-facts.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';
import { apply, emptyGuarded, judgeDecorator, type Effect, type DecoratorTable } from '../../endpoints/guards.js';
import { joinPath, werkzeugPath } from '../../endpoints/paths.js';
import { nameOf, type ProjectIndex } from '../../endpoints/project.js';
import { listOf, strOf, type Val } from '../../endpoints/values.js';
import { beforeRequestHooks, FLASK_DECORATORS, flaskCsrf, flaskThrottledAll, prefixesOf, type Holder } from '../flask/endpoints.js';

/** One URL a Resource class is bound to, with what wraps every endpoint of it. */
export interface ResourceRoute {
  /** The Flask app or blueprint the Api serves on (its prefixes and before_request hooks); '' when not seen. */
  holder: Holder;
  /** Api prefix and Namespace path joined, before the URL. */
  prefix: string;
  url: string;
  clsQ: string;
  /** Decorators the Api or Namespace applies to all its resources. */
  wrappers: Val[];
}

/** A decorator the extension reads itself (documentation, input and response declarations); null when it is not one. */
export type ExtensionDecorator = (d: Val, file: FileEndpointFacts) => { input?: string; response?: string } | null;

const marshal = (v: Val): { response?: string } => ({ response: nameOf(v.k === 'call' ? v.args[0] ?? v.kw['fields'] : undefined) ?? undefined });

/** `marshal_with(fields)` declares the response's fields; it guards nothing. */
export const MARSHAL: Record<string, (v: Val) => { response?: string }> = Object.fromEntries(
  ['flask_restful', 'flask_restx', 'flask_restplus'].flatMap((m) => [[`${m}.marshal_with`, marshal], [`${m}.marshal_with_field`, marshal], [`${m}.marshal_list_with`, marshal]]),
);

const VERBS: HttpMethod[] = [...HTTP_METHODS];

function methodDecorators(clsQ: string, verb: string, index: ProjectIndex): Val[] {
  const out = listOf(index.classAttr(clsQ, 'decorators')?.value);
  const md = index.classAttr(clsQ, 'method_decorators')?.value;
  if (md?.k === 'dict') out.push(...listOf(md.entries.find(([k]) => k === verb)?.[1]));
  else out.push(...listOf(md));
  return out;
}

export function resourceEndpoints(framework: Framework, routes: readonly ResourceRoute[], index: ProjectIndex, own: ExtensionDecorator, table: DecoratorTable = FLASK_DECORATORS): Endpoint[] {
  const out: Endpoint[] = [];
  const csrf = flaskCsrf(index);
  const throttledAll = flaskThrottledAll(index);
  const hooks = beforeRequestHooks(index);
  for (const r of routes) {
    const cls = index.cls(r.clsQ);
    if (!cls) continue;
    for (const prefix of r.holder.q ? prefixesOf(r.holder, index) : ['']) {
      const norm = werkzeugPath(joinPath(joinPath(prefix, r.prefix), r.url));
      for (const verb of VERBS) {
        const m = index.method(r.clsQ, verb.toLowerCase());
        if (!m) continue;
        const g = emptyGuarded();
        if (throttledAll) g.throttled = true;
        for (const h of [...(hooks.get(r.holder.q) ?? []), ...(hooks.get('*') ?? [])]) apply(g, h);
        let input: string | null = null;
        let response: string | null = null;
        const judge = (d: Val, file: FileEndpointFacts) => {
          const marshalled = d.k === 'call' && d.q ? MARSHAL[index.canon(d.q, file)] : undefined;
          const ext: { input?: string; response?: string } | null = own(d, file) ?? (marshalled ? marshalled(d) : null);
          if (ext) {
            input = ext.input ?? input;
            response = ext.response ?? response;
            return;
          }
          apply(g, judgeDecorator(d, table, index, file) as Effect);
        };
        for (const d of r.wrappers) judge(d, cls.file);
        for (const d of cls.fact.decorators) judge(d, cls.file);
        for (const d of methodDecorators(r.clsQ, verb.toLowerCase(), index)) judge(d, cls.file);
        for (const d of m.fact.decorators) judge(d, m.file);
        out.push(makeEndpoint({ framework, methods: methodList([verb]), path: norm.path, params: norm.params, handler: { file: m.file.path, line: m.fact.line, name: m.fact.q }, checks: m.fact.checks, guarded: g, csrfDefault: csrf, input, response }));
      }
    }
  }
  return out;
}

/** The Api a name holds: `api = Api(app, prefix='/v1', decorators=[…])`. */
export function apiOf(q: string | null, file: FileEndpointFacts, index: ProjectIndex, ctors: ReadonlySet<string>): Extract<Val, { k: 'call' }> | null {
  const v = q ? index.assign(q, file) : undefined;
  return v?.k === 'call' && ctors.has(v.q ?? '') ? v : null;
}

/** The app or blueprint an Api wraps, given to the constructor or to init_app. */
export function apiHolder(apiQ: string, api: Extract<Val, { k: 'call' }>, file: FileEndpointFacts, index: ProjectIndex): Holder {
  const target = nameOf(api.args[0] ?? api.kw['app']);
  if (target) return { q: target, file };
  const init = index.callsOf('init_app').find((c) => index.same(c.fact.recv, apiQ));
  const later = init ? nameOf(init.fact.call.args[0] ?? init.fact.call.kw['app']) : null;
  return later && init ? { q: later, file: init.file } : { q: '', file };
}

const RESTFUL_APIS = new Set(['flask_restful.Api']);

export function restfulRoutes(index: ProjectIndex): Endpoint[] {
  const routes: ResourceRoute[] = [];
  for (const c of index.callsOf('add_resource')) {
    const api = apiOf(c.fact.recv, c.file, index, RESTFUL_APIS);
    const clsQ = nameOf(c.fact.call.args[0] ?? c.fact.call.kw['resource']);
    if (!api || !clsQ) continue;
    const holder = apiHolder(c.fact.recv!, api, c.file, index);
    for (const u of c.fact.call.args.slice(1)) {
      const url = strOf(u);
      if (url !== null) routes.push({ holder, prefix: strOf(api.kw['prefix']) ?? '', url, clsQ, wrappers: listOf(api.kw['decorators']) });
    }
  }
  return resourceEndpoints('flask_restful', routes, index, () => null);
}

export const flaskRestfulEndpoints: FrameworkEndpoints = { routes: (ctx) => restfulRoutes(ctx.index) };
