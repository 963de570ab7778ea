// Routes of a WSGI app that dispatches through a table (./route-facts.ts): a Werkzeug URL map's
// rules, each endpoint name resolved the way the application resolves it — a method `on_<endpoint>`
// (or `<endpoint>`) of the class that builds the map, an entry of a module dict keyed by the name,
// a module function of that name, or the function given as the endpoint itself — and a dict from
// paths or (method, path) pairs to WSGI handlers. What stands in front of every route is the
// dispatcher: a check of the caller there (`if agent is None: raise Unauthorized()`) guards every
// endpoint except the ones a branch hands over before the check runs (`if endpoint == "purge":
// return purge(request)` above it); a decorator on the dispatcher guards them all. A Rule without
// `methods` answers every method: it is listed with GET and the methods its handler tells apart.
// A map of one rule whose dispatcher calls one project function with the request routes to it.
import type { Endpoint, EndpointGuard, HttpMethod } from '../../../domain/index.js';
import { makeEndpoint, methodList } from '../../endpoints/build.js';
import type { FileEndpointFacts, FunctionFact } from '../../endpoints/file-facts.js';
import { apply, emptyGuarded, judgeDecorator, type DecoratorTable, type Guarded } from '../../endpoints/guards.js';
import { joinPath, werkzeugPath } from '../../endpoints/paths.js';
import type { Located, ProjectIndex } from '../../endpoints/project.js';
import { credentialsGuard } from '../../endpoints/self-dispatch.js';
import type { MapDispatcher, WerkzeugMap, WerkzeugRule, WsgiRouteFacts } from './route-facts.js';

/** Decorators that make a function a WSGI application or response: they check no one. */
export const WSGI_DECORATORS: DecoratorTable = Object.fromEntries(
  ['werkzeug.wrappers.Request.application', 'werkzeug.wrappers.request.Request.application', 'werkzeug.Request.application', 'werkzeug.wrappers.BaseRequest.application'].map((q) => [q, () => ({ neutral: true })]),
);

export function routeFactsOf(file: FileEndpointFacts): WsgiRouteFacts | null {
  return (file.frameworkFacts?.['wsgi'] as WsgiRouteFacts | undefined) ?? null;
}

/** The function a rule's endpoint names, as the application looks it up. */
function ruleHandler(rule: WerkzeugRule, map: WerkzeugMap, file: FileEndpointFacts, index: ProjectIndex): Located<FunctionFact> | undefined {
  if (rule.handler) return index.fn(rule.handler);
  const e = rule.endpoint;
  if (!e) return undefined;
  if (map.owner) return index.method(map.owner, `on_${e}`) ?? index.method(map.owner, e);
  // A module dict keyed by endpoint names: `VIEWS = {"status": status}`.
  for (const [k, v] of Object.entries(file.assigns)) {
    if (k.startsWith('local:') || v.k !== 'dict') continue;
    const hit = v.entries.find(([name]) => name === e)?.[1];
    if (hit?.k === 'ref' && index.fn(hit.q)) return index.fn(hit.q);
  }
  return index.fn(`${file.module}.${e}`) ?? index.fn(`${file.module}.on_${e}`) ?? (e.includes('.') ? index.fn(e) : undefined);
}

/** A map of one rule whose dispatcher hands the request to one project function, whatever the endpoint is called. */
function soleCallee(dispatchers: readonly MapDispatcher[], index: ProjectIndex): Located<FunctionFact> | undefined {
  const found = new Set<string>();
  for (const d of dispatchers) for (const c of index.fn(d.q)?.fact.checks.calls ?? []) if (/\brequest\b/.test(c.args) && index.fn(c.q)) found.add(index.fn(c.q)!.fact.q);
  return found.size === 1 ? index.fn([...found][0]) : undefined;
}

/** What one dispatcher puts in front of an endpoint it dispatches. */
function dispatcherGuards(d: MapDispatcher, endpoint: string | null, g: Guarded, index: ProjectIndex): void {
  const fn = index.fn(d.q);
  if (!fn) return;
  for (const dec of fn.fact.decorators) apply(g, judgeDecorator(dec, WSGI_DECORATORS, index, fn.file));
  const gate = fn.fact.checks.gate;
  if (!gate) return;
  // Handed over by name before the check runs: the check never sees this endpoint's callers.
  if (endpoint && d.early.some((b) => b.endpoint === endpoint && b.line < gate.line)) return;
  apply(g, { guard: { kind: 'handler_check', name: `${d.q} (line ${gate.line})`, authentication: 'required', source: fn.file.path }, ...(gate.role ? { authorization: { kind: 'role', name: `${d.q} (line ${gate.line})` } } : {}) });
}

function methodsOf(declared: readonly string[], handler: Located<FunctionFact>): HttpMethod[] {
  return declared.length > 0 ? methodList(declared) : methodList(['GET', ...handler.fact.checks.methods]);
}

function emit(path: string, methods: HttpMethod[], handler: Located<FunctionFact>, g: Guarded, index: ProjectIndex): Endpoint {
  for (const dec of handler.fact.decorators) apply(g, judgeDecorator(dec, WSGI_DECORATORS, index, handler.file));
  const norm = werkzeugPath(path);
  return makeEndpoint({ framework: 'wsgi', methods, path: norm.path, params: norm.params, handler: { file: handler.file.path, line: handler.fact.line, name: handler.fact.q }, checks: handler.fact.checks, guarded: g, csrfDefault: 'unknown' });
}

/** The guard of a function that reads a route table and calls what it finds: its check of the caller before it does. */
function readerGuard(q: string, index: ProjectIndex): EndpointGuard | null {
  const fn = index.fn(q);
  if (!fn) return null;
  const cls = fn.fact.q.split('.').slice(0, -1).join('.');
  const top = credentialsGuard(fn.fact.dispatch?.gate ?? null, fn, index.cls(cls) ? cls : null, index);
  if (top) return top;
  const gate = fn.fact.checks.gate;
  return gate ? { kind: 'handler_check', name: `${fn.fact.q} (line ${gate.line})`, authentication: 'required', source: fn.file.path } : null;
}

export interface TableRoutes {
  endpoints: Endpoint[];
  /** Functions that are routers, not routes (dispatchers, table readers, the `__call__` of a class building a map), and the routed handlers. */
  routers: Set<string>;
}

export function tableRoutes(index: ProjectIndex): TableRoutes {
  const out: TableRoutes = { endpoints: [], routers: new Set() };
  for (const file of index.files) {
    const facts = routeFactsOf(file);
    if (!facts) continue;
    for (const d of facts.dispatchers) out.routers.add(d.q);
    for (const map of facts.maps) {
      if (map.owner) out.routers.add(`${map.owner}.__call__`);
      const dispatchers = facts.dispatchers.filter((d) => (map.owner ? d.owner === map.owner : true));
      for (const rule of map.rules) {
        const h = ruleHandler(rule, map, file, index) ?? (map.rules.length === 1 ? soleCallee(dispatchers, index) : undefined);
        if (!h) continue;
        const g = emptyGuarded();
        for (const d of dispatchers) dispatcherGuards(d, rule.endpoint, g, index);
        out.routers.add(h.fact.q);
        out.endpoints.push(emit(rule.path, methodsOf(rule.methods, h), h, g, index));
      }
    }
    for (const t of facts.tables) {
      for (const r of t.readers) out.routers.add(r);
      const guards = t.readers.map((r) => readerGuard(r, index)).filter((x): x is EndpointGuard => !!x);
      for (const e of t.entries) {
        const h = index.fn(e.handler) ?? index.fn(`${file.module}.${e.handler.split('.').pop()}`);
        if (!h) continue;
        const g = emptyGuarded();
        for (const guard of guards) if (!g.guards.some((x) => x.name === guard.name)) g.guards.push({ ...guard });
        out.routers.add(h.fact.q);
        out.endpoints.push(emit(joinPath('', e.path), methodsOf(e.methods, h), h, g, index));
      }
    }
  }
  return out;
}
