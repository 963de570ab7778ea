// Redirect to a URL controlled by the client: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const openRedirect = defineRule({
  id: 'PY-INJ-REDIRECT',
  title: "Redirect to a URL controlled by the client",
  cwe: [601],
  asvs: { '5.0.0': ['V3.7.2'], '4.0.3': ['V5.1.5'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what:
      "Finds request data used as the target of redirect, HttpResponseRedirect, flask.redirect or RedirectResponse without url_has_allowed_host_and_scheme or an allowlist. " +
      "Same-site targets are not reported: request.path, get_full_path(), reverse() and url_for() results, get_absolute_url() (Django's contract for an object's path on this site), relative paths built from constants. A project function returning " +
      "url_has_allowed_host_and_scheme(...) is a guard like it, also as `if not ok(x): x = DEFAULT` or with its answer kept in a variable (`x if url_is_safe else '/'`). " +
      "Request data that only fills the query string or fragment of a fixed destination (`LOGIN_URL + '?next=' + x`, `'%s?%s' % (url, urlencode(params))`) is not an open redirect, also when a helper builds it from a base its caller chose. " +
      "The fields of what a service call returned (`api.nova.get_console(request, instance)[1]`, `client.servers.get_vnc_console(id)[\"url\"]`) are the service's data, " +
      "not the request data that selected them.",
    why: "A link on your domain sends users to a phishing site, or leaks tokens in the redirect.",
    example: "return redirect(request.GET[\"next\"])",
    fix: "if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}): return redirect(next_url)",
    byFramework: {
      flask: { example: "return redirect(request.args[\"next\"])", fix: "target = request.args.get(\"next\", \"\")\nif urlsplit(target).netloc or urlsplit(target).scheme: target = url_for(\"index\")\nreturn redirect(target)" },
      fastapi: { example: "return RedirectResponse(next)", fix: "if urlsplit(next).netloc or urlsplit(next).scheme: next = \"/\"\nreturn RedirectResponse(next)" },
    },
    references: ["https://cwe.mitre.org/data/definitions/601.html", "https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html"],
  },
  taint: { sinkKinds: ['redirect'] },
});
