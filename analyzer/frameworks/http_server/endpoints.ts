// http.server's routes for the endpoint inventory: each `do_<VERB>` method of a
// BaseHTTPRequestHandler subclass (or a class attribute naming one: `do_HEAD = do_GET`) answers that
// verb for every path, unless its branches compare `self.path` with literals (analyzer/endpoints/
// dispatch.ts): then those paths. A class other project classes derive from is listed through them.
// socketserver handlers speak no HTTP and have no routes. Authentication is `unknown` unless the
// method checks the Authorization header, a cookie or a token and answers 401/403.
import type { Endpoint, HttpMethod } from '../../../domain/index.js';
import { HTTP_METHODS } from '../../../domain/index.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';
import type { ProjectIndex } from '../../endpoints/project.js';
import { selfDispatchEndpoints } from '../../endpoints/self-dispatch.js';
import { lastName } from '../../endpoints/values.js';

const HTTP_BASES = new Set([
  'http.server.BaseHTTPRequestHandler', 'http.server.SimpleHTTPRequestHandler', 'http.server.CGIHTTPRequestHandler',
  'BaseHTTPServer.BaseHTTPRequestHandler', 'SimpleHTTPServer.SimpleHTTPRequestHandler', 'CGIHTTPServer.CGIHTTPRequestHandler',
]);

function httpServerRoutes(index: ProjectIndex): Endpoint[] {
  const out: Endpoint[] = [];
  for (const [q, cls] of index.classes) {
    if (cls.fact.q !== q || index.isBase(q)) continue;
    if (!index.lineage(q).external.some((b) => HTTP_BASES.has(b))) continue;
    for (const verb of HTTP_METHODS as readonly HttpMethod[]) {
      let m = index.method(q, `do_${verb}`);
      if (!m) {
        // `do_HEAD = do_GET`: the class attribute names a verb method of the lineage.
        const alias = index.classAttr(q, `do_${verb}`)?.value;
        const target = alias?.k === 'ref' ? lastName(alias.q).replace(/^local:/, '') : '';
        m = /^do_[A-Z]+$/.test(target) ? index.method(q, target) : undefined;
      }
      if (m) out.push(...selfDispatchEndpoints(m, { framework: 'http_server', verb, clsQ: q }, index));
    }
  }
  return out;
}

/** `self.send_error(401)`, `self.send_response(HTTPStatus.FORBIDDEN)`, or the handler's own reply helper called with 401/403. */
const REJECTS = [/^(?:return\s+)?self\.\w+\s*\(\s*(?:40[13]\b|HTTPStatus\.(?:UNAUTHORIZED|FORBIDDEN)\b|http\.HTTPStatus\.(?:UNAUTHORIZED|FORBIDDEN)\b)/];

export const httpServerEndpoints: FrameworkEndpoints = { routes: (ctx) => httpServerRoutes(ctx.index), rejects: REJECTS };
