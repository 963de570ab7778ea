// Tornado's routes for the endpoint inventory: the (pattern, Handler) tuples and url(pattern,
// Handler) specs of an Application's table; each verb method of the RequestHandler is an endpoint.
// A regex group is a parameter: a named group keeps its name, a positional one is `{argN}` (N
// counting from 1 in the pattern), as for Django's re_path. `@tornado.web.authenticated` requires a
// login (it turns away whoever has no current_user, whatever get_current_user does; the override in
// the class's lineage is named as the guard's source); get_current_user alone guards nothing. A verb
// that checks self.current_user and raises, redirects or sends 401/403 guards itself (handler
// checks), and a prepare() that does so, or is decorated, guards every verb of the class. CSRF: `xsrf_cookies=True` in the Application protects unsafe verbs, a
// check_xsrf_cookie override that does nothing exempts them; otherwise unprotected.
import type { CsrfState, Endpoint, HttpMethod } from '../../../domain/index.js';
import { HTTP_METHODS } from '../../../domain/index.js';
import { makeEndpoint, methodList } from '../../endpoints/build.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';
import { apply, emptyGuarded, judgeDecorator, requires, type DecoratorTable } from '../../endpoints/guards.js';
import { regexPath } from '../../endpoints/paths.js';
import { nameOf, type ProjectIndex } from '../../endpoints/project.js';
import { listOf, strOf } from '../../endpoints/values.js';

const TABLE: DecoratorTable = {
  'tornado.web.authenticated': () => requires('decorator', 'tornado.web.authenticated'),
};
const SPECS = new Set(['tornado.web.url', 'tornado.routing.URLSpec', 'tornado.web.URLSpec']);

function tornadoRoutes(index: ProjectIndex): Endpoint[] {
  const out: Endpoint[] = [];
  for (const c of [...index.callsOf('new:tornado.web.Application'), ...index.callsOf('new:tornado.routing.RuleRouter')]) {
    const app = c.fact.call;
    const xsrf = app.kw['xsrf_cookies'];
    const csrfDefault: CsrfState = xsrf?.k === 'bool' ? (xsrf.v ? 'protected' : 'unprotected') : xsrf ? 'unknown' : 'unprotected';
    for (const spec of listOf(app.args[0] ?? app.kw['handlers'])) {
      const parts = spec.k === 'list' ? spec.items : spec.k === 'call' && SPECS.has(spec.q ?? '') ? spec.args : [];
      const pattern = strOf(parts[0]);
      const clsQ = nameOf(parts[1]);
      if (pattern === null || !clsQ || !index.cls(clsQ)) continue;
      const norm = regexPath(pattern);
      const exempt = index.method(clsQ, 'check_xsrf_cookie');
      const prepare = index.method(clsQ, 'prepare');
      const currentUser = index.method(clsQ, 'get_current_user');
      for (const verb of HTTP_METHODS as readonly HttpMethod[]) {
        const m = index.method(clsQ, verb.toLowerCase());
        if (!m) continue;
        const g = emptyGuarded();
        for (const d of m.fact.decorators) apply(g, judgeDecorator(d, TABLE, index, m.file));
        // prepare() runs before every verb: its decorators and its own turning away of anonymous callers guard them all.
        if (prepare) {
          for (const d of prepare.fact.decorators) apply(g, judgeDecorator(d, TABLE, index, prepare.file));
          if (prepare.fact.checks.gate) apply(g, { guard: { kind: 'handler_check', name: prepare.fact.q, authentication: 'required', source: prepare.file.path } });
        }
        // The decorator turns away whoever has no current_user; the override in the lineage says where it comes from.
        const auth = g.guards.find((x) => x.name === 'tornado.web.authenticated');
        if (auth && currentUser) auth.source = `${currentUser.file.path} (${currentUser.fact.q})`;
        // An override that raises nothing cannot be told from a real check: only one that turns no one away exempts.
        if (exempt && !exempt.fact.checks.rejects) g.csrf = 'exempt';
        out.push(makeEndpoint({ framework: 'tornado', methods: methodList([verb]), path: norm.path, params: norm.params, handler: { file: m.file.path, line: m.fact.line, name: m.fact.q }, checks: m.fact.checks, guarded: g, csrfDefault }));
      }
    }
  }
  return out;
}

/** A Tornado handler turns a caller away by redirecting (to the login page) or sending 401/403. */
const REJECTS = [/^(?:return\s+)?self\.redirect\s*\(/, /^(?:return\s+)?self\.send_error\s*\(\s*(?:status_code\s*=\s*)?40[13]\b/];

export const tornadoEndpoints: FrameworkEndpoints = { routes: (ctx) => tornadoRoutes(ctx.index), rejects: REJECTS };
