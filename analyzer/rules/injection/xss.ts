// HTML response built from untrusted input without escaping: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const crossSiteScripting = defineRule({
  id: 'PY-INJ-XSS',
  title: "HTML response built from untrusted input without escaping",
  cwe: [79],
  asvs: { '5.0.0': ['V1.2.1'], '4.0.3': ['V5.3.3'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  bandit: ['B703', 'B704'],
  docs: {
    what: "Finds request data placed unescaped into HTML: Django HttpResponse with an HTML content type, mark_safe and format_html misuse, Markup, Flask views returning strings, make_response, FastAPI HTMLResponse, DRF StaticHTMLRenderer. " +
      "The output of a template's render() is escaped and not reported, except for templates known to print raw (Jinja2 without autoescape, Mako); an HttpResponse whose content type (keyword or second argument) is not HTML is not a sink. " +
      "What a service call hands back is the service's, not the request data it was given: the `as` value of `with api.traced(request, name, info) as trace_id`, the fields of `api.get(request, id)`.",
    why: "Script injected into the page runs in the victim's browser with their session: account takeover, data theft.",
    example: "return HttpResponse(f\"<p>Hello {request.GET['name']}</p>\")",
    fix: "return HttpResponse(format_html(\"<p>Hello {}</p>\", request.GET[\"name\"]))",
    byFramework: {
      flask: { example: "return f\"<p>Hello {request.args['name']}</p>\"", fix: "return render_template(\"hello.html\", name=request.args[\"name\"])  # autoescaped; or markupsafe.escape(name)" },
      fastapi: { example: "return HTMLResponse(f\"<p>Hello {name}</p>\")", fix: "return HTMLResponse(f\"<p>Hello {html.escape(name)}</p>\")  # or a Jinja2Templates response with autoescape" },
    },
    references: ["https://cwe.mitre.org/data/definitions/79.html", "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html"],
  },
  taint: { sinkKinds: ['xss'] },
});
