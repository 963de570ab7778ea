// HTTP header or cookie value taken from untrusted input: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user. Whether the response's framework
// refuses CR/LF is each framework's fact (analyzer/frameworks/<id>/headers.ts): there, a request
// value in a header cannot split the response, and what is left to judge is what the header means.
import { defineRule } from '../../rule.js';
import type { SinkHit } from '../../taint/program.js';
import { responseFrameworks } from '../../frameworks/headers.js';
import { headerFactsOf } from '../../frameworks/registry.js';

const COOKIE_METHODS = new Set(['set_cookie', 'set_signed_cookie']);

/** A hotspot note when every framework the receiving response may belong to defuses CR/LF here. */
function defused(hit: SinkHit): string | null {
  const fws = responseFrameworks(hit.recv ?? []);
  if (fws.length === 0) return null;
  const cookie = hit.method !== undefined && COOKIE_METHODS.has(hit.method);
  const why = fws.map((fw) => {
    const facts = headerFactsOf(fw);
    return (cookie ? facts?.cookiesSafe : facts?.refusesNewlines) ?? null;
  });
  if (why.some((w) => w === null)) return null;
  const how = [...new Set(why)].join('; ');
  return cookie
    ? `the request chooses this cookie's value, but ${how}, so the response cannot be split; check what the cookie means to the application (a preference it trusts later, a value fixed for another user)`
    : `the request chooses this header's value, but ${how}, so the response cannot be split; check what the header means (Content-Disposition filename quoting, Link, Refresh, CORS headers)`;
}

export const headerInjection = defineRule({
  id: 'PY-INJ-HEADER',
  title: "HTTP header or cookie value taken from untrusted input",
  cwe: [113],
  asvs: { '5.0.0': ['V1.2.1'], '4.0.3': ['V5.3.1'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what:
      "Finds request data written into response headers (response[...] =, response.headers[...] =, send_header) or cookies (set_cookie) without removing CR and LF. " +
      "File metadata (stat times and sizes), mimetypes.guess_type and http_date() results are the server's values, not reported. " +
      "A vulnerability where nothing refuses CR/LF: http.server's send_header and header lines a socketserver or http.server handler writes itself (wfile.write of 'Location: {url}\\r\\n'), a bare WSGI app's start_response header list (also when a middleware's wrapper closure passes it on), a raw ASGI app's or middleware's http.response.start headers, and Starlette/FastAPI responses, including the one an HTTP middleware gets from call_next, a strawberry resolver's info.context response under strawberry.fastapi/asgi, and a connexion AsyncApp handler's returned headers (Starlette 0.26 keeps 'a\\r\\nSet-Cookie: x=1' in a header as given; uvicorn 0.11.7+ and h11 refuse it at the server, a deployment's defence, not the app's). " +
      "A hotspot where the framework refuses newlines (checked with Python on Debian 12's packages): Django and DRF responses (BadHeaderError), Flask/Werkzeug (ValueError), " +
      "aiohttp (the writer refuses to send the header), Bottle (ValueError); there the header's meaning is what to review (Content-Disposition filename quoting, Link, Refresh, CORS headers). " +
      "set_cookie of Django, Werkzeug, Starlette, aiohttp and Bottle quotes CR/LF in the value (http.cookies), so a cookie is a hotspot too. " +
      "A returned (body, status, headers) tuple is judged by whose response it becomes: a Flask view's and a connexion App's are Werkzeug's (a hotspot). " +
      "Header values a framework's WSGI handler takes from its own response object (Django's WSGIHandler sending response.items()) were checked when they were set, and are not reported. " +
      "Tornado's set_header/set_cookie refuse CR/LF as well (ValueError); Falcon's set_header, append_header, downloadable_as and raised redirects keep them (resp.location is percent-encoded; only a validating WSGI server refuses).",
    why: "CR/LF in a header splits the response: injected headers, cookies or a forged body (cache poisoning, XSS).",
    example: "self.send_header(\"X-Request-Id\", query[\"rid\"][0])  # http.server: sent as given",
    fix: "self.send_header(\"X-Request-Id\", str(uuid.UUID(query[\"rid\"][0])))",
    byFramework: {
      django: { example: "response[\"Content-Disposition\"] = f'attachment; filename=\"{name}\"'  # hotspot: Django refuses CR/LF; a quote in name still breaks the filename", fix: "response[\"Content-Disposition\"] = content_disposition_header(True, name)  # Django 4.2+, or quote the name yourself" },
      flask: { example: "resp.headers[\"X-Request-Id\"] = request.args[\"rid\"]  # hotspot: Werkzeug refuses CR/LF", fix: "resp.headers[\"X-Request-Id\"] = str(uuid.UUID(request.args[\"rid\"]))" },
      fastapi: { example: "response.headers[\"X-Request-Id\"] = rid", fix: "response.headers[\"X-Request-Id\"] = str(uuid.UUID(rid))  # declare rid: uuid.UUID to have FastAPI validate it" },
    },
    references: ["https://cwe.mitre.org/data/definitions/113.html", "https://owasp.org/www-community/attacks/HTTP_Response_Splitting"],
  },
  taint: { sinkKinds: ['header'], review: defused },
});
