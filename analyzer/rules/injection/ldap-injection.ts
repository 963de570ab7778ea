// LDAP filter built from untrusted input: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const ldapInjection = defineRule({
  id: 'PY-INJ-LDAP',
  title: "LDAP filter built from untrusted input",
  cwe: [90],
  asvs: { '5.0.0': ['V1.2.6'], '4.0.3': ['V5.3.7'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what: "Finds request data built into python-ldap or ldap3 search filters and base DNs without escape_filter_chars.",
    why: "Filter metacharacters widen the search or bypass authentication checks done through LDAP.",
    example: "conn.search_s(BASE, ldap.SCOPE_SUBTREE, f\"(uid={request.args['uid']})\")",
    fix: "conn.search_s(BASE, ldap.SCOPE_SUBTREE, f\"(uid={escape_filter_chars(uid)})\")",
    references: ["https://cwe.mitre.org/data/definitions/90.html", "https://cheatsheetseries.owasp.org/cheatsheets/LDAP_Injection_Prevention_Cheat_Sheet.html"],
  },
  taint: { sinkKinds: ['ldap'] },
});
