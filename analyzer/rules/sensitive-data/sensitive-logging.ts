// Credentials in logs are credentials for everyone who reads logs. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { isLoggingCall, isPrintCall } from '../support/logging-calls.js';
import { sensitiveIn } from '../support/sensitive-values.js';
import { isTestPath } from '../support/test-paths.js';

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const printing = isPrintCall(node, ctx);
  if (!printing && !isLoggingCall(node, ctx)) return;
  const fn = enclosingFunction(node);
  for (const a of node.childForFieldName('arguments')?.namedChildren ?? []) {
    // print(…, file=sys.stderr) and logging's exc_info/stacklevel say where, not what.
    if (a.type === 'keyword_argument' && ['file', 'sep', 'end', 'exc_info', 'stacklevel', 'stack_info', 'flush'].includes(a.childForFieldName('name')?.text ?? '')) continue;
    const hit = sensitiveIn(a, fn, () => true, true);
    if (!hit) continue;
    const what = hit.kind === 'request' ? `the whole ${hit.name}` : `${hit.name} (${hit.kind === 'secret' ? 'a secret or token' : hit.kind === 'payment' ? 'payment data' : hit.kind === 'personal' ? 'a personal identifier' : 'a password'})`;
    ctx.report(node, { message: `${printing ? 'Printed' : 'Logged'}: ${what} — logs are kept, copied and read by many` });
    return;
  }
}

export const sensitiveLogging = defineRule({
  id: 'PY-DATA-SENSITIVE-LOG',
  title: 'Sensitive value written to a log',
  cwe: [532],
  asvs: { '5.0.0': ['V16.2.5'], '4.0.3': ['V7.1.1', 'V7.1.2'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds logging calls and print() whose arguments carry a password, token, API key, secret, session id, card number or ' +
      'national id (by the name of the variable, attribute or request field, followed through local assignments), or a whole ' +
      'request body, header set or cookie jar. Hashed, masked and sliced values, and len()/bool() of them, are not reported.',
    why: 'Logs are shipped, indexed, backed up and read by people and tools that must never see credentials or card data.',
    example: 'logger.info("login %s with password %s", username, request.POST["password"])',
    fix: 'logger.info("login attempt for %s", username)  # never the password; mask tokens: token[:4] + "…"',
    references: ['https://cwe.mitre.org/data/definitions/532.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude'],
  },
  visit: { call: check },
});
