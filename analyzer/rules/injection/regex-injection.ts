// Regular expression built from untrusted input: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';
import type { SinkHit } from '../../taint/program.js';

/** `re.compile(pattern)` as a statement of its own: the pattern is only checked for validity here. */
function compiledOnly(hit: SinkHit): string | null {
  return hit.unused && hit.method === 'compile'
    ? 'the pattern is only compiled here, to check that it is valid, and never matched: check where the accepted pattern is matched, and against what'
    : null;
}

export const regexInjection = defineRule({
  id: 'PY-INJ-REGEX',
  title: "Regular expression built from untrusted input",
  cwe: [1333],
  asvs: { '5.0.0': ['V1.2.9', 'V1.3.12'], '4.0.3': [] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what: "Finds request data used as the pattern of re/regex functions without re.escape. A re.compile() whose result is thrown away (a validity check, as in a form's clean method) is a hotspot: the pattern is matched elsewhere, if at all.",
    why: "A crafted pattern backtracks exponentially (ReDoS) or matches far more than intended.",
    example: "re.search(request.GET[\"q\"], text)",
    fix: "re.search(re.escape(request.GET[\"q\"]), text)",
    byFramework: {
      flask: { example: "re.search(request.args[\"q\"], text)", fix: "re.search(re.escape(request.args[\"q\"]), text)" },
      fastapi: { example: "re.search(q, text)", fix: "re.search(re.escape(q), text)" },
    },
    references: ["https://cwe.mitre.org/data/definitions/1333.html", "https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS"],
  },
  taint: { sinkKinds: ['regex'], review: compiledOnly },
});
