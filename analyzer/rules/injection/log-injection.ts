// Log entry written from untrusted input: a taint rule. Sources, sinks and sanitizers live in analyzer/frameworks/; this file
// says which sink kinds it reports and what to tell the user.
import { defineRule } from '../../rule.js';

export const logInjection = defineRule({
  id: 'PY-INJ-LOG',
  title: "Log entry written from untrusted input",
  cwe: [117],
  asvs: { '5.0.0': ['V16.4.1'], '4.0.3': ['V7.3.1'] },
  severity: 'low',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what:
      "Finds request data written to logging calls without removing CR and LF. Values formatted with %r are not reported (repr() escapes line breaks), nor are dicts, lists and whole request mappings (logged as their repr), " +
      "nor the server's own environ values (REMOTE_ADDR, REMOTE_PORT, SERVER_PORT), " +
      "and only data from a request handler counts: parameters of API wrappers and helpers are what their callers pass. " +
      "Fields of what a service returned are its data, not the request data that selected it: `ref[\"id\"]` of `PROVIDERS.oauth_api.create_request_token(consumer)`, " +
      "`user.pk` of a row from `_default_manager.filter(email=email)`, the display name of an object an API call fetched.",
    why: "Newlines forge log entries: fake audit records, hidden attacks, broken log parsers.",
    example: "logger.warning(\"failed login for %s\", request.POST[\"username\"])",
    fix: "logger.warning(\"failed login for %s\", username.replace(\"\\n\", \" \").replace(\"\\r\", \" \"))",
    references: ["https://cwe.mitre.org/data/definitions/117.html", "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html"],
  },
  taint: { sinkKinds: ['log'] },
});
