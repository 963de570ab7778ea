// Print() is not wrong in itself; in a request handler it is a log nobody collects. (hotspot)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { enclosingHandler } from '../support/handlers.js';
import { isPrintCall } from '../support/logging-calls.js';
import { isTestPath } from '../support/test-paths.js';

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path) || !isPrintCall(node, ctx)) return;
  if (!enclosingHandler(node, ctx)) return;
  ctx.report(node, { message: 'print() in a request handler: use logging, so the event reaches the log pipeline with its level and context' });
}

export const printInHandler = defineRule({
  id: 'PY-LOG-PRINT-IN-HANDLER',
  title: 'print() used for logging in a request handler',
  cwe: [778],
  asvs: { '5.0.0': ['V16.2.1'], '4.0.3': ['V7.1.4'] },
  severity: 'low',
  confidence: 'low',
  kind: 'hotspot',
  docs: {
    what: 'A review hotspot: print() calls inside Flask/FastAPI routes, Django/DRF views and error handlers.',
    why:
      'Printed messages have no level, time, user or request id, are often lost with the worker\'s stdout, and cannot be ' +
      'routed or alerted on: errors and security events disappear.',
    example: 'except Exception as error:\n    print(f"Error: {error}")',
    fix: 'logger.exception("payment failed for order %s", order_id)',
    references: ['https://cwe.mitre.org/data/definitions/778.html', 'https://docs.python.org/3/howto/logging.html'],
  },
  visit: { call: check },
});
