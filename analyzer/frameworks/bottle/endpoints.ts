// Bottle's routes for the endpoint inventory: route decorators on the default app (`@route`,
// `@get` …) or on a Bottle() object, with their methods (`method=` or the verb) and wildcards.
// Bottle has no login decorator of its own: other decorators are judged by their code (an
// `auth_basic(check)` is a guard whose check Assay does not read: unknown).
import type { Endpoint, EndpointParam, HttpMethod } from '../../../domain/index.js';
import { makeEndpoint, methodList } from '../../endpoints/build.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';
import { apply, emptyGuarded, judgeDecorator, type DecoratorTable } from '../../endpoints/guards.js';
import type { FileEndpointFacts } from '../../endpoints/file-facts.js';
import type { ProjectIndex } from '../../endpoints/project.js';
import { lastName, listOf, strOf, type Val } from '../../endpoints/values.js';

const VERBS: Record<string, HttpMethod[] | null> = { route: null, get: ['GET'], post: ['POST'], put: ['PUT'], delete: ['DELETE'], patch: ['PATCH'] };
const APPS = new Set(['bottle.Bottle', 'bottle.default_app', 'bottle.app']);

const DECORATORS: DecoratorTable = {
  'bottle.auth_basic': (v) => ({ guard: { kind: 'decorator', name: 'bottle.auth_basic', authentication: v.k === 'call' && v.args[0] ? 'required' : 'unknown' } }),
  'bottle.view': () => ({ neutral: true }),
};

/** `/u/<id:int>` → `/u/{id}` with its filter. */
export function bottlePath(route: string): { path: string; params: EndpointParam[] } {
  const params: EndpointParam[] = [];
  const path = route.replace(/<([A-Za-z_]\w*)(?::(\w+)(?::[^>]*)?)?>/g, (_m, name: string, filter: string | undefined) => {
    params.push({ name, type: filter ?? 'str' });
    return `{${name}}`;
  });
  return { path, params };
}

function routeOf(d: Val, file: FileEndpointFacts, index: ProjectIndex): { path: string; methods: HttpMethod[] } | null {
  if (d.k !== 'call' || !d.q) return null;
  const verb = lastName(d.q);
  if (!(verb in VERBS)) return null;
  const recv = d.q.slice(0, -(verb.length + 1));
  if (recv !== 'bottle' && !APPS.has(index.constructor_(recv, file) ?? '')) return null;
  const path = strOf(d.args[0] ?? d.kw['path']);
  if (path === null) return null;
  const m = d.kw['method'] ?? d.args[1];
  const named = m ? (m.k === 'str' ? [m.v] : listOf(m).flatMap((x) => (x.k === 'str' ? [x.v] : []))) : ['GET'];
  return { path, methods: VERBS[verb] ?? methodList(named) };
}

export function bottleRoutes(index: ProjectIndex): Endpoint[] {
  const out: Endpoint[] = [];
  for (const fn of index.functions.values()) {
    const routes = fn.fact.decorators.map((d) => routeOf(d, fn.file, index)).filter((r) => r !== null);
    if (routes.length === 0) continue;
    const g = emptyGuarded();
    for (const d of fn.fact.decorators) if (!routeOf(d, fn.file, index)) apply(g, judgeDecorator(d, DECORATORS, index, fn.file));
    for (const r of routes) {
      const norm = bottlePath(r.path);
      out.push(makeEndpoint({ framework: 'bottle', methods: r.methods, path: norm.path, params: norm.params, handler: { file: fn.file.path, line: fn.fact.line, name: fn.fact.q }, checks: fn.fact.checks, guarded: g, csrfDefault: 'unknown' }));
    }
  }
  return out;
}

/** Bottle's redirect() raises HTTPResponse: called as a statement, it turns the caller away. */
const REJECTS = [/^(?:bottle\.)?redirect\s*\(/];

export const bottleEndpoints: FrameworkEndpoints = { routes: (ctx) => bottleRoutes(ctx.index), rejects: REJECTS };
