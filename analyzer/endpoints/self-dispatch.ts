// Endpoints of a handler that receives every request and dispatches by itself (an http.server verb
// method, a bare WSGI callable; see dispatch.ts): one route per literal path its branches compare
// with, else one route `*` for every path. Nothing of the framework stands in front of it, and what
// the deployer puts there (a proxy, a WSGI middleware from outside the scan) is not seen: its
// authentication is `unknown` unless the handler itself checks credentials and turns callers away,
// and CSRF is `unknown`.
import type { Endpoint, EndpointGuard, Framework, HttpMethod } from '../../domain/index.js';
import { makeEndpoint, methodList } from './build.js';
import type { CredentialsGate, DispatchBranch } from './dispatch.js';
import type { FunctionFact } from './file-facts.js';
import { apply, emptyGuarded, judgeDecorator, type DecoratorTable } from './guards.js';
import type { Located, ProjectIndex } from './project.js';

/** An unreadable helper whose name says it checks the caller. */
const AUTH_NAMED = /auth|login|logged|token|credential|permi|allowed|session|password|api_?key/i;

/** The guard a credentials check amounts to, or null when it is not one. */
export function credentialsGuard(gate: CredentialsGate | null, fn: Located<FunctionFact>, clsQ: string | null, index: ProjectIndex): EndpointGuard | null {
  if (!gate) return null;
  const name = `${fn.fact.q} (line ${gate.line})`;
  if (gate.direct) return { kind: 'handler_check', name, authentication: 'required', source: fn.file.path };
  for (const h of gate.helpers) {
    const own = h.startsWith('self.') ? (clsQ ? index.method(clsQ, h.slice(5)) : undefined) : index.fn(`${fn.file.module}.${h}`);
    // The helper reads the credentials; the branch (or the helper) turns the caller away.
    if (own) {
      if (own.fact.checks.identity) return { kind: 'handler_check', name: own.fact.q, authentication: 'required', source: own.file.path };
    } else if (AUTH_NAMED.test(h)) return { kind: 'handler_check', name: h, authentication: 'unknown', source: fn.file.path };
  }
  return null;
}

/**
 * The handler's own identity gate (`user = tokens.user_for(auth)` then `if user is None:
 * self.send_error(401)`, see handler-checks.ts), when it comes before any branch by path.
 */
function identityGate(fn: Located<FunctionFact>): EndpointGuard | null {
  const gate = fn.fact.checks.gate;
  const first = Math.min(...(fn.fact.dispatch?.branches ?? []).map((b) => b.line));
  if (!gate || gate.line > first) return null;
  return { kind: 'handler_check', name: `${fn.fact.q} (line ${gate.line})`, authentication: 'required', source: fn.file.path };
}

export interface SelfDispatchOptions {
  framework: Framework;
  /** The method the server calls this handler for (http.server's do_GET); null when any method reaches it (WSGI). */
  verb: HttpMethod | null;
  /** The class whose method it is, for `self.<helper>()` checks. */
  clsQ: string | null;
  /** The framework's decorators that decide nothing (`@Request.application`). */
  decorators?: DecoratorTable;
}

export function selfDispatchEndpoints(fn: Located<FunctionFact>, o: SelfDispatchOptions, index: ProjectIndex): Endpoint[] {
  const d = fn.fact.dispatch;
  const top = credentialsGuard(d?.gate ?? null, fn, o.clsQ, index) ?? identityGate(fn);
  const emit = (path: string, methods: HttpMethod[], branch: DispatchBranch | null): Endpoint => {
    const g = emptyGuarded();
    // A decorator on the callable (a project's `@login_required` around a WSGI app) stands in front of every path.
    for (const dec of fn.fact.decorators) apply(g, judgeDecorator(dec, o.decorators ?? {}, index, fn.file));
    for (const guard of [top, branch ? credentialsGuard(branch.gate, fn, o.clsQ, index) : null]) if (guard && !g.guards.some((x) => x.name === guard.name)) g.guards.push(guard);
    const handler = branch ? { file: fn.file.path, line: branch.line, endLine: branch.endLine, name: fn.fact.q } : { file: fn.file.path, line: fn.fact.line, name: fn.fact.q };
    return makeEndpoint({ framework: o.framework, methods, path, params: [], handler, guarded: g, csrfDefault: 'unknown', unguarded: 'unknown' });
  };
  const methodsOf = (tested: readonly string[]): HttpMethod[] => (o.verb ? [o.verb] : methodList(tested));
  if (!d || d.branches.length === 0) {
    // A WSGI middleware hands the request on: its routes are the wrapped application's.
    if (d?.forwards) return [];
    return [emit('*', methodsOf(d?.methods ?? []), null)];
  }
  const out: Endpoint[] = [];
  for (const b of d.branches) {
    // `if path == "/sign" and method == "POST"` answers POST only; a branch that does not say answers what reaches it.
    if (o.verb && b.methods.length > 0 && !b.methods.includes(o.verb)) continue;
    for (const p of b.paths) out.push(emit(p.prefix ? `${p.path}*` : p.path, methodsOf(b.methods), b));
  }
  return out;
}
