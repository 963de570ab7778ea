// Falcon's routes for the endpoint inventory: every add_route on a falcon App binds a resource
// class, whose on_<verb> responders (on_<verb>_<suffix> with suffix=…) are its endpoints. Falcon
// has no login decorator of its own: a `@falcon.before(hook)` on a responder or class is judged by
// the hook's code, and an App built with middleware may authenticate every request (unknown).
import type { Endpoint, HttpMethod } from '../../../domain/index.js';
import { makeEndpoint, methodList } from '../../endpoints/build.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';
import { apply, emptyGuarded, isThrottleNamed, judgeProjectFunction, type Guarded } from '../../endpoints/guards.js';
import { starlettePath } from '../../endpoints/paths.js';
import { nameOf, type ProjectIndex } from '../../endpoints/project.js';
import { listOf, strOf, type Val } from '../../endpoints/values.js';
import type { FileEndpointFacts } from '../../endpoints/file-facts.js';
import { middlewareAuthorization, middlewareGuard } from '../../endpoints/middleware.js';

const APPS = new Set(['falcon.App', 'falcon.API', 'falcon.asgi.App', 'falcon.app.App']);
const VERBS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** `@falcon.before(hook)`: the hook's own code decides; a hook Assay cannot read is unknown. */
function judgeBefore(d: Val, index: ProjectIndex, file: FileEndpointFacts, g: Guarded): void {
  if (d.k !== 'call' || (d.q !== 'falcon.before' && d.q !== 'falcon.hooks.before')) return;
  const hook = nameOf(d.args[0]);
  const own = hook ? judgeProjectFunction(hook, index) : null;
  if (own && (!own.neutral || own.throttled)) apply(g, own);
  else if (!own) apply(g, { guard: { kind: 'decorator', name: hook ?? 'falcon.before', authentication: 'unknown', source: file.path }, throttled: hook ? isThrottleNamed(hook) : false });
}

/** The resource class of `Resource()` or of a name bound to one. */
function resourceOf(v: Val | undefined, index: ProjectIndex, file: FileEndpointFacts): string | null {
  if (v?.k === 'call') return v.q;
  if (v?.k !== 'ref') return null;
  const bound = index.assign(v.q, file);
  return bound?.k === 'call' ? bound.q : null;
}

export function falconRoutes(index: ProjectIndex): Endpoint[] {
  const out: Endpoint[] = [];
  for (const c of index.callsOf('add_route')) {
    const app = c.fact.recv ? index.assign(c.fact.recv, c.file) : undefined;
    if (app?.k !== 'call' || !APPS.has(app.q ?? '')) continue;
    const call = c.fact.call;
    const template = strOf(call.args[0] ?? call.kw['uri_template']);
    const clsQ = resourceOf(call.args[1] ?? call.kw['resource'], index, c.file);
    const cls = clsQ ? index.cls(clsQ) : undefined;
    if (template === null || !clsQ || !cls) continue;
    const suffix = strOf(call.kw['suffix']);
    const middleware = listOf(app.kw['middleware']);
    const norm = starlettePath(template);
    for (const verb of VERBS) {
      const m = index.method(clsQ, `on_${verb.toLowerCase()}${suffix ? `_${suffix}` : ''}`);
      if (!m) continue;
      const g = emptyGuarded();
      for (const mw of middleware) {
        const mwQ = nameOf(mw);
        const hook = mwQ ? (index.method(mwQ, 'process_request') ?? index.method(mwQ, 'process_resource')) : undefined;
        // A project middleware without a request hook (response-only) stands in front of nothing.
        if (mwQ && index.cls(mwQ) && !hook) continue;
        const guard = middlewareGuard(hook, mwQ ?? 'middleware', norm.path, index, c.file.path);
        const authorization = guard?.authentication === 'required' ? middlewareAuthorization(hook) : null;
        if (guard) apply(g, authorization ? { guard, authorization } : { guard });
      }
      for (const d of [...cls.fact.decorators, ...m.fact.decorators]) judgeBefore(d, index, m.file, g);
      out.push(makeEndpoint({ framework: 'falcon', methods: methodList([verb]), path: norm.path, params: norm.params, handler: { file: m.file.path, line: m.fact.line, name: m.fact.q }, checks: m.fact.checks, guarded: g, csrfDefault: 'unknown' }));
    }
  }
  return out;
}

export const falconEndpoints: FrameworkEndpoints = { routes: (ctx) => falconRoutes(ctx.index) };
