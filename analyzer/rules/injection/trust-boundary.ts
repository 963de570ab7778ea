// Unvalidated request data stored in the session: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const trustBoundary = defineRule({
  id: 'PY-INJ-TRUST',
  title: "Unvalidated request data stored in the session",
  cwe: [501],
  asvs: { '5.0.0': ['V2.2.1', 'V2.2.2'], '4.0.3': ['V5.1.3', 'V1.5.3'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what: "Finds request data stored in the server-side session (Django request.session, Flask session) without validation: later code trusts session values as if the server had set them. " +
      "A value that passed an allowlist check first (`x in ALLOWED`, Django's check_for_language()) is validated, and so is what a service call returned " +
      "(the fields of `api.get(request, id)` or of an ORM row are the server's data, not the id that selected them).",
    why: "Code that reads the session assumes its values are validated; an attacker plants arbitrary values there.",
    example: "request.session[\"currency\"] = request.GET[\"currency\"]",
    fix: "if currency in SUPPORTED_CURRENCIES: request.session[\"currency\"] = currency",
    references: ["https://cwe.mitre.org/data/definitions/501.html"],
  },
  taint: { sinkKinds: ['trust'] },
});
