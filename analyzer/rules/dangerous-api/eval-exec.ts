import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName } from '../support/calls.js';

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (name !== 'builtins.eval' && name !== 'builtins.exec') return;
  const code = argument(node, 0, 'source');
  // A constant program is what the author wrote; only computed code can carry someone else's.
  if (!code || ctx.constant(code) !== undefined) return;
  ctx.report(node, {
    message: `${name.slice('builtins.'.length)}() of a computed string runs whatever code it holds. Check: where the string comes from (no request data reaches it in view) and whether a parser (ast.literal_eval, json) would do`,
  });
}

export const evalExec = defineRule({
  id: 'PY-API-EVAL',
  title: 'eval or exec of a computed string',
  cwe: [95],
  asvs: { '5.0.0': ['V1.3.2'], '4.0.3': ['V5.2.4'] },
  severity: 'high',
  // PY-INJ-CODE reports the same call when request data reaches it; this is the review-everything fallback.
  confidence: 'low',
  // No untrusted source in view: whether the code is the developer's own is for a person to check.
  kind: 'hotspot',
  // Silence speaks only where the project calls eval or exec at all.
  needs: [{ kind: 'api', families: ['dynamic_code'] }],
  bandit: ['B307', 'B102'],
  docs: {
    what:
      'Finds eval() and exec() whose code is not a constant string. Low confidence: the taint rule PY-INJ-CODE ' +
      'supersedes it at the same call when untrusted input reaches it; without a source in view it is a hotspot to review ' +
      '(configuration-driven exec of admin-written code is common and not exploitable by visitors).',
    why: 'Whoever controls any part of the string runs Python in the server process, with its files, secrets and network.',
    example: 'total = eval(request.GET["expr"])',
    fix: 'Parse the data instead: ast.literal_eval for Python literals, json.loads for JSON, a dict of allowed operations for calculators.',
    references: [
      'https://cwe.mitre.org/data/definitions/95.html',
      'https://docs.python.org/3/library/ast.html#ast.literal_eval',
    ],
  },
  visit: { call: check },
});
