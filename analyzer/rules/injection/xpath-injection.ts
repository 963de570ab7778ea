// XPath expression built from untrusted input: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const xpathInjection = defineRule({
  id: 'PY-INJ-XPATH',
  title: "XPath expression built from untrusted input",
  cwe: [643],
  asvs: { '5.0.0': ['V1.2.7'], '4.0.3': ['V5.3.10'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what: "Finds request data built into lxml xpath() expressions or XPath objects instead of passed as XPath variables.",
    why: "The attacker rewrites the query to read other nodes of the document, such as other users' records.",
    example: "tree.xpath(f\"//product[@sku='{request.GET['sku']}']\")",
    fix: "tree.xpath(\"//product[@sku=$sku]\", sku=request.GET[\"sku\"])",
    byFramework: {
      flask: { example: "tree.xpath(f\"//product[@sku='{request.args['sku']}']\")", fix: "tree.xpath(\"//product[@sku=$sku]\", sku=request.args[\"sku\"])" },
      fastapi: { example: "tree.xpath(f\"//product[@sku='{sku}']\")", fix: "tree.xpath(\"//product[@sku=$sku]\", sku=sku)" },
    },
    references: ["https://cwe.mitre.org/data/definitions/643.html", "https://owasp.org/www-community/attacks/XPATH_Injection"],
  },
  taint: { sinkKinds: ['xpath'] },
});
