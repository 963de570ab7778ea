// HTML response built from untrusted input without escaping: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';
import type { SinkHit } from '../../taint/program.js';

const RESPONSE_CALL = /(^|\.)(make_response|Response)\s*\(/;
const JSON_TYPE = /^['"]application\/([\w.+-]*\+)?json\b[^'"]*['"]\s*$/;

/**
 * `resp = make_response(body)` whose Content-Type the same function then sets to JSON
 * (`resp.headers['Content-Type'] = 'application/json'`, `resp.mimetype = …`): the browser is told
 * the body is JSON, not HTML. A hotspot, since another path could still send it before that line.
 */
function servedAsJson(hit: SinkHit, lines: readonly string[]): string | null {
  if (!RESPONSE_CALL.test(hit.text)) return null;
  const first = lines[hit.loc[0] - 1] ?? '';
  const m = /^(\s*)([A-Za-z_]\w*)\s*=\s*\S/.exec(first);
  if (!m) return null;
  const [, indent, name] = m;
  const setsType = new RegExp(`^\\s*${name}\\.(?:headers\\[\\s*['"]content-type['"]\\s*\\]|mimetype|content_type)\\s*=\\s*(.+)$`, 'i');
  for (let i = hit.loc[2]; i < Math.min(lines.length, hit.loc[2] + 40); i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    // Past the end of the block the response was built in.
    if ((/^\s*/.exec(line)?.[0].length ?? 0) < indent!.length) return null;
    if (new RegExp(`^\\s*${name}\\s*=`).test(line)) return null;
    const t = setsType.exec(line);
    if (t) return JSON_TYPE.test(t[1]!.trim()) ? `the same function then sets the response's Content-Type to ${t[1]!.trim()} (line ${i + 1}): check that no path returns it earlier as HTML` : null;
  }
  return null;
}

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
      "A make_response()/Response() body whose Content-Type the function sets to JSON right after (resp.headers['Content-Type'] = 'application/json', resp.mimetype) is a hotspot. " +
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
  taint: { sinkKinds: ['xss', 'script-url'], review: servedAsJson },
});
