// Guards a handler calls from its body, and what its siblings say about the ones it does not call.
// `await check_authorized(request)` (aiohttp-security) or a project helper that reads the caller and
// raises when there is none (`customer_id = await require_customer(request)`) guard the endpoint as
// a decorator would. A handler that receives every request (http.server, bare WSGI) is `unknown`
// when nothing in front of it is seen; where the same file's other handlers check the caller
// themselves, the project authenticates in its handlers, and one that does not is `none`.
import type { Endpoint } from '../../domain/index.js';
import type { WebFramework } from '../frameworks/api.js';
import { authenticationOf, isLoginNamedGuard, judgeProjectFunction, type Effect } from './guards.js';
import type { ProjectIndex } from './project.js';

function add(e: Endpoint, effect: Effect): void {
  const g = effect.guard;
  if (g && !e.guards.some((x) => x.name === g.name)) e.guards.push({ ...g });
  const a = effect.authorization;
  if (a && !e.authorization.some((x) => x.name === a.name)) e.authorization.push({ ...a });
}

/** Libraries whose login-named functions read the caller without refusing anyone (`flask_jwt_extended.get_current_user()`). */
const AUTH_LIBRARIES = /^(?:flask\w*|django\w*|rest_framework\w*|fastapi\w*|starlette\w*|aiohttp\w*|bottle\w*|falcon\w*|tornado|connexion|werkzeug|jwt|authlib|graphql_jwt|strawberry\w*|graphene\w*|ariadne)$/;

/**
 * A helper of the project's that the scan does not contain, called from the body and named for a login
 * (`account = current_account()`, `require_login(request)`): unknown, as an unreadable decorator of that name is.
 */
function unseenLoginHelper(q: string): boolean {
  return isLoginNamedGuard(q) && !AUTH_LIBRARIES.test(q.split('.')[0] ?? '');
}

/** The guard calls in each handler's body, judged by its framework's table, else by the called function's code. */
export function withBodyGuards(endpoints: Endpoint[], index: ProjectIndex, frameworks: readonly WebFramework[]): Endpoint[] {
  for (const e of endpoints) {
    const fn = index.fn(e.handler.name);
    const calls = fn?.fact.checks.calls ?? [];
    if (calls.length === 0) continue;
    const table = frameworks.find((f) => f.id === e.framework)?.endpoints?.guardCalls ?? {};
    const before = e.guards.length + e.authorization.length;
    for (const call of calls) {
      const known = table[call.q];
      if (known) add(e, { ...known, guard: known.guard ? { ...known.guard, source: `${e.handler.file}:${call.line}` } : undefined });
      else if (call.q !== fn!.fact.q) {
        const own = judgeProjectFunction(call.q, index, 'handler_check');
        if (own && !own.neutral) add(e, own);
        else if (!own && unseenLoginHelper(call.q)) add(e, { guard: { kind: 'handler_check', name: call.q, authentication: 'unknown', source: `${e.handler.file}:${call.line}` } });
      }
    }
    if (e.guards.length + e.authorization.length !== before) e.authentication = authenticationOf(e.guards);
  }
  return withPeerAuthentication(endpoints);
}

/** Guarded by a check Assay reads, or by an unreadable one named for a login. */
function checksCaller(e: Endpoint): boolean {
  return e.authentication === 'required' || e.guards.some((g) => g.authentication === 'unknown' && isLoginNamedGuard(g.name));
}

function withPeerAuthentication(endpoints: Endpoint[]): Endpoint[] {
  const guardedFiles = new Set(endpoints.filter(checksCaller).map((e) => `${e.framework} ${e.handler.file}`));
  for (const e of endpoints) {
    // Only the handlers whose framework puts nothing in front of them are `unknown` with no guard at all.
    if (e.authentication === 'unknown' && e.guards.length === 0 && guardedFiles.has(`${e.framework} ${e.handler.file}`)) e.authentication = 'none';
  }
  return endpoints;
}
