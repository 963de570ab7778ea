// A middleware or request hook of the project that stands in front of every route of an app
// (Falcon's process_request / process_resource, an aiohttp `@web.middleware`), judged by its code:
// it guards a route when it reads the caller and turns callers away, unless the route is one of the
// paths it lets through first (`if req.path in PUBLIC_ROUTES: return`).
import type { EndpointAuthorization, EndpointGuard } from '../../domain/index.js';
import type { FunctionFact } from './file-facts.js';
import type { Located, ProjectIndex } from './project.js';
import { listOf, strOf } from './values.js';

function letsThrough(fn: FunctionFact, path: string, index: ProjectIndex): boolean {
  for (const p of fn.checks.openPaths ?? []) {
    const paths = 'ref' in p ? listOf(index.assign(p.ref)).map((v) => ({ path: strOf(v), prefix: false })) : [p];
    if (paths.some((x) => x.path !== null && (x.prefix ? path.startsWith(x.path) : path === x.path || path === `${x.path}/`))) return true;
  }
  return false;
}

/**
 * The guard a middleware amounts to for one route: `required` when its code checks the caller and
 * the route is not let through, null when it checks no one (or not this route); `fallback` (the
 * middleware's unread name) when Assay has not its code.
 */
export function middlewareGuard(fn: Located<FunctionFact> | undefined, name: string, path: string, index: ProjectIndex, source: string): EndpointGuard | null {
  if (!fn) return { kind: 'before_request', name, authentication: 'unknown', source };
  const c = fn.fact.checks;
  if (!(c.identity && (c.rejects || c.gate)) || letsThrough(fn.fact, path, index)) return null;
  return { kind: 'before_request', name: fn.fact.q, authentication: 'required', source: fn.file.path };
}

/** The role or permission a guarding middleware checks (`if not session.get("staff_id"): raise`), if any. */
export function middlewareAuthorization(fn: Located<FunctionFact> | undefined): EndpointAuthorization | null {
  const c = fn?.fact.checks;
  if (!fn || !c) return null;
  return c.role ? { kind: 'role', name: fn.fact.q } : c.perm ? { kind: 'permission', name: fn.fact.q } : null;
}
