// Bare WSGI callables for the endpoint inventory: a module-level `def app(environ, start_response)`
// or a class's `__call__(self, environ, start_response)` answers every path and method: one route
// `*` whose methods are unknown (empty) unless it compares REQUEST_METHOD with literals, or one route
// per literal its branches compare PATH_INFO with (analyzer/endpoints/dispatch.ts). A callable that
// hands the request on to another application (a middleware) has no routes of its own.
// Authentication is `unknown` unless the callable checks HTTP_AUTHORIZATION, a cookie or a token
// and answers 401/403. Apps that dispatch through a Werkzeug URL map or a route dict list the
// table's routes instead (./tables.ts).
import type { Endpoint } from '../../../domain/index.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';
import type { FunctionFact } from '../../endpoints/file-facts.js';
import type { ProjectIndex } from '../../endpoints/project.js';
import { selfDispatchEndpoints } from '../../endpoints/self-dispatch.js';
import { wsgiRouteFacts } from './route-facts.js';
import { tableRoutes, WSGI_DECORATORS } from './tables.js';
import type { Val } from '../../endpoints/values.js';

const isApplicationDecorator = (d: Val): boolean => d.k === 'ref' && d.q in WSGI_DECORATORS;

function isWsgiCallable(fn: FunctionFact, method: boolean): boolean {
  const p = fn.params.slice(method ? 1 : 0);
  return p.length === 2 && p[0]!.name === 'environ' && /^start(?:_response)?$/.test(p[1]!.name);
}

function wsgiRoutes(index: ProjectIndex): Endpoint[] {
  const tables = tableRoutes(index);
  const out: Endpoint[] = [...tables.endpoints];
  for (const file of index.files) {
    // A function of the request made a WSGI application by `@Request.application`, routing by itself.
    for (const fn of file.functions) {
      if (fn.q !== `${file.module}.${fn.name}` || tables.routers.has(fn.q) || !fn.decorators.some(isApplicationDecorator)) continue;
      out.push(...selfDispatchEndpoints({ file, fact: fn }, { framework: 'wsgi', verb: null, clsQ: null, decorators: WSGI_DECORATORS }, index));
    }
    if (!file.frameworks.includes('wsgi')) continue;
    for (const fn of file.functions) {
      // Module-level callables only: a nested `def app(environ, start_response)` is a factory's product, reached through it.
      if (fn.q !== `${file.module}.${fn.name}` || !isWsgiCallable(fn, false) || tables.routers.has(fn.q) || fn.decorators.some(isApplicationDecorator)) continue;
      out.push(...selfDispatchEndpoints({ file, fact: fn }, { framework: 'wsgi', verb: null, clsQ: null }, index));
    }
    for (const cls of file.classes) {
      const call = cls.methods['__call__'];
      if (call && isWsgiCallable(call, true) && !tables.routers.has(call.q)) out.push(...selfDispatchEndpoints({ file, fact: call }, { framework: 'wsgi', verb: null, clsQ: cls.q }, index));
    }
  }
  return out;
}

/** A bare WSGI callable answers 401/403, or redirects to a login page, through start_response. */
const REJECTS = [/\bstart_response\s*\(\s*["'](?:40[13]|30[237])\b/];

export const wsgiEndpoints: FrameworkEndpoints = {
  routes: (ctx) => wsgiRoutes(ctx.index),
  rejects: REJECTS,
  fileFacts: (ctx, reader) => wsgiRouteFacts(ctx, reader),
};
