import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName } from '../support/calls.js';

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (name !== 'marshal.load' && name !== 'marshal.loads') return;
  ctx.report(node, { message: `${name}() is not safe against malformed or malicious data` });
}

export const marshalLoad = defineRule({
  id: 'PY-DESER-MARSHAL',
  title: 'marshal deserialization',
  cwe: [502],
  asvs: { '5.0.0': ['V1.5.2'], '4.0.3': ['V5.5.3'] },
  severity: 'medium',
  // Fallback of the taint rule for request data; see PY-DESER-PICKLE.
  confidence: 'low',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['marshal'] }],
  bandit: ['B302'],
  docs: {
    what: 'Finds marshal.load and marshal.loads. Low confidence: a taint finding at the same call supersedes it.',
    why: 'The marshal format is internal to CPython, changes between versions and, per the Python documentation, is not secure against erroneous or maliciously constructed data; code objects it returns can be executed.',
    example: 'code = marshal.loads(request.body)',
    fix: 'Exchange data as JSON and validate it; never load marshal data that crossed a trust boundary.',
    references: ['https://cwe.mitre.org/data/definitions/502.html', 'https://docs.python.org/3/library/marshal.html'],
  },
  visit: { call: check },
});
