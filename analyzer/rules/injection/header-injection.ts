// HTTP header or cookie value taken from untrusted input: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const headerInjection = defineRule({
  id: 'PY-INJ-HEADER',
  title: "HTTP header or cookie value taken from untrusted input",
  cwe: [113],
  asvs: { '5.0.0': ['V1.2.1'], '4.0.3': ['V5.3.1'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what: "Finds request data written into response headers (response[...] =, response.headers[...] =) or cookies (set_cookie) without removing CR and LF. File metadata (stat times and sizes), mimetypes.guess_type and http_date() results are the server's values, not reported.",
    why: "CR/LF in a header splits the response: injected headers, cookies or a forged body (cache poisoning, XSS).",
    example: "response[\"X-Request-Id\"] = request.GET[\"rid\"]",
    fix: "response[\"X-Request-Id\"] = str(uuid.UUID(request.GET[\"rid\"]))",
    byFramework: {
      flask: { example: "resp.headers[\"X-Request-Id\"] = request.args[\"rid\"]", fix: "resp.headers[\"X-Request-Id\"] = str(uuid.UUID(request.args[\"rid\"]))" },
      fastapi: { example: "response.headers[\"X-Request-Id\"] = rid", fix: "response.headers[\"X-Request-Id\"] = str(uuid.UUID(rid))  # declare rid: uuid.UUID to have FastAPI validate it" },
    },
    references: ["https://cwe.mitre.org/data/definitions/113.html", "https://owasp.org/www-community/attacks/HTTP_Response_Splitting"],
  },
  taint: { sinkKinds: ['header'] },
});
