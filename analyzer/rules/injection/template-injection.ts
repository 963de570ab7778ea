// Server-side template built from untrusted input: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const templateInjection = defineRule({
  id: 'PY-INJ-SSTI',
  title: "Server-side template built from untrusted input",
  cwe: [1336],
  asvs: { '5.0.0': ['V1.3.7'], '4.0.3': ['V5.2.5'] },
  severity: 'critical',
  confidence: 'high',
  kind: 'vulnerability',
  bandit: ['B701'],
  docs: {
    what: "Finds request data used as template source: render_template_string, jinja2 Template/Environment.from_string, Django Template and engines.from_string, Mako Template.",
    why: "Template languages reach Python objects: a crafted template reads secrets or runs code on the server.",
    example: "render_template_string(\"<h1>Hello \" + request.args[\"name\"] + \"</h1>\")",
    fix: "render_template_string(\"<h1>Hello {{ name }}</h1>\", name=request.args[\"name\"])",
    byFramework: {
      django: { example: "Template(\"<h1>Hello \" + request.GET[\"name\"] + \"</h1>\").render(Context())", fix: "Template(\"<h1>Hello {{ name }}</h1>\").render(Context({\"name\": request.GET[\"name\"]}))" },
      fastapi: { example: "Environment().from_string(\"<h1>Hello \" + name + \"</h1>\").render()", fix: "Environment(autoescape=True).from_string(\"<h1>Hello {{ name }}</h1>\").render(name=name)" },
    },
    references: ["https://cwe.mitre.org/data/definitions/1336.html", "https://portswigger.net/web-security/server-side-template-injection"],
  },
  taint: { sinkKinds: ['template'] },
});
