// Bare WSGI callables for the endpoint inventory: a module-level `def app(environ, start_response)`
// or a class's `__call__(self, environ, start_response)` answers every path and method: one route
// `*` whose methods are unknown (empty) unless it compares REQUEST_METHOD with literals, or one route
// per literal its branches compare PATH_INFO with (analyzer/endpoints/dispatch.ts). A callable that
// hands the request on to another application (a middleware) has no routes of its own.
// Authentication is `unknown` unless the callable checks HTTP_AUTHORIZATION, a cookie or a token
// and answers 401/403.
import type { Endpoint } from '../../../domain/index.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';
import type { FunctionFact } from '../../endpoints/file-facts.js';
import type { ProjectIndex } from '../../endpoints/project.js';
import { selfDispatchEndpoints } from '../../endpoints/self-dispatch.js';

function isWsgiCallable(fn: FunctionFact, method: boolean): boolean {
  const p = fn.params.slice(method ? 1 : 0);
  return p.length === 2 && p[0]!.name === 'environ' && /^start(?:_response)?$/.test(p[1]!.name);
}

function wsgiRoutes(index: ProjectIndex): Endpoint[] {
  const out: Endpoint[] = [];
  for (const file of index.files) {
    if (!file.frameworks.includes('wsgi')) continue;
    for (const fn of file.functions) {
      // Module-level callables only: a nested `def app(environ, start_response)` is a factory's product, reached through it.
      if (fn.q !== `${file.module}.${fn.name}` || !isWsgiCallable(fn, false)) continue;
      out.push(...selfDispatchEndpoints({ file, fact: fn }, { framework: 'wsgi', verb: null, clsQ: null }, index));
    }
    for (const cls of file.classes) {
      const call = cls.methods['__call__'];
      if (call && isWsgiCallable(call, true)) out.push(...selfDispatchEndpoints({ file, fact: call }, { framework: 'wsgi', verb: null, clsQ: cls.q }, index));
    }
  }
  return out;
}

/** A bare WSGI callable answers 401/403, or redirects to a login page, through start_response. */
const REJECTS = [/\bstart_response\s*\(\s*["'](?:40[13]|30[237])\b/];

export const wsgiEndpoints: FrameworkEndpoints = { routes: (ctx) => wsgiRoutes(ctx.index), rejects: REJECTS };
