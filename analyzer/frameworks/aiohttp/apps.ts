// Which aiohttp Application a route is added to, and what that means: `admin.router.add_get(…)` on
// `admin = web.Application(middlewares=[require_login])` mounted by `app.add_subapp("/admin/",
// admin)` answers under `/admin/`, behind the sub-application's middlewares and every parent's
// (aiohttp runs the parent's middlewares for a sub-application's requests as well). A route added to
// the main app is not behind a sub-application's middlewares, whatever its path looks like.
import type { EndpointAuthorization, EndpointGuard } from '../../../domain/index.js';
import type { FileEndpointFacts } from '../../endpoints/file-facts.js';
import { middlewareAuthorization, middlewareGuard } from '../../endpoints/middleware.js';
import { nameOf, type ProjectIndex } from '../../endpoints/project.js';
import { listOf, strOf } from '../../endpoints/values.js';

const APPLICATION = new Set(['aiohttp.web.Application', 'aiohttp.web_app.Application']);

export interface AppPlace {
  prefix: string;
  /** The middlewares in front of the app's routes, outermost first, by qualified name. */
  middlewares: string[];
}

/** Where the app a name holds is served; null when the name holds no Application Assay sees. */
export function appPlace(appQ: string, file: FileEndpointFacts, index: ProjectIndex, depth = 0): AppPlace | null {
  const v = index.assign(appQ, file);
  if (v?.k !== 'call' || !APPLICATION.has(v.q ?? '') || depth > 4) return null;
  const own = listOf(v.kw['middlewares']).map(nameOf).filter((q): q is string => !!q);
  // `parent.add_subapp("/admin/", admin)` in the same file (a local app) or anywhere (a module-level one).
  const mount = index.callsOf('add_subapp').find((c) => (appQ.startsWith('local:') ? c.file === file : true) && index.same(nameOf(c.fact.call.args[1] ?? c.fact.call.kw['subapp']), appQ));
  if (!mount?.fact.recv) return { prefix: '', middlewares: own };
  const parent = appPlace(mount.fact.recv, mount.file, index, depth + 1);
  const prefix = (strOf(mount.fact.call.args[0] ?? mount.fact.call.kw['prefix']) ?? '').replace(/\/$/, '');
  return { prefix: (parent?.prefix ?? '') + prefix, middlewares: [...(parent?.middlewares ?? []), ...own] };
}

/** The guards the app's middlewares amount to for a route at `path`, and the roles or permissions they check. */
export function middlewareGuards(place: AppPlace, path: string, index: ProjectIndex, source: string): { guards: EndpointGuard[]; authorization: EndpointAuthorization[] } {
  const guards: EndpointGuard[] = [];
  const authorization: EndpointAuthorization[] = [];
  for (const q of place.middlewares) {
    const fn = index.fn(q);
    const guard = middlewareGuard(fn, q, path, index, source);
    if (!guard) continue;
    guards.push(guard);
    const authz = guard.authentication === 'required' ? middlewareAuthorization(fn) : null;
    if (authz) authorization.push(authz);
  }
  return { guards, authorization };
}
