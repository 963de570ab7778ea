// Request data parsed by an XML parser that resolves external entities: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const xmlExternalEntities = defineRule({
  id: 'PY-INJ-XXE',
  title: "Request data parsed by an XML parser that resolves external entities",
  cwe: [611],
  asvs: { '5.0.0': ['V1.5.1'], '4.0.3': ['V5.5.2'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  bandit: ['B320'],
  docs: {
    what: "Finds request data parsed by lxml without a parser built with resolve_entities=False, or by a SAX parser with external entities enabled.",
    why: "External entities read local files or reach internal hosts from the server (file disclosure, SSRF).",
    example: "etree.fromstring(request.body, etree.XMLParser(resolve_entities=True))",
    fix: "defusedxml.ElementTree.fromstring(request.body)",
    byFramework: {
      flask: { example: "etree.fromstring(request.data, etree.XMLParser(resolve_entities=True))", fix: "defusedxml.ElementTree.fromstring(request.data)" },
      fastapi: { example: "etree.fromstring(await request.body(), etree.XMLParser(resolve_entities=True))", fix: "defusedxml.ElementTree.fromstring(await request.body())" },
    },
    references: ["https://cwe.mitre.org/data/definitions/611.html", "https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html"],
  },
  taint: { sinkKinds: ['xxe'] },
});
