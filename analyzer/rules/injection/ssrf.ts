// Outbound request to a URL controlled by the client: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const serverSideRequestForgery = defineRule({
  id: 'PY-INJ-SSRF',
  title: "Outbound request to a URL controlled by the client",
  cwe: [918],
  asvs: { '5.0.0': ['V1.3.6'], '4.0.3': ['V5.2.6', 'V12.6.1'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what: "Finds request data choosing the URL or host of requests, httpx, urllib, urllib3 or aiohttp calls, unless the host is fixed by a constant prefix or checked against an allowlist.",
    why: "The server fetches what the attacker asks for: cloud metadata credentials, internal admin services, local files.",
    example: "requests.get(request.POST[\"url\"], timeout=5)",
    fix: "if urlparse(url).hostname not in ALLOWED_HOSTS: raise ValidationError(\"host\")",
    byFramework: {
      flask: { example: "requests.get(request.form[\"url\"], timeout=5)", fix: "if urlparse(url).hostname not in ALLOWED_HOSTS: abort(400)" },
      fastapi: { example: "httpx.get(url, timeout=5)", fix: "if urlparse(url).hostname not in ALLOWED_HOSTS: raise HTTPException(400, \"host not allowed\")" },
    },
    references: ["https://cwe.mitre.org/data/definitions/918.html", "https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html"],
  },
  taint: { sinkKinds: ['ssrf'] },
});
