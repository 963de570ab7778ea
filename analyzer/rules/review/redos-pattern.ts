// A regex whose nested quantifiers backtrack exponentially, run on data a client sends. (hotspot)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, positionalArguments } from '../support/calls.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { isTestPath } from '../support/test-paths.js';

const RE_CALLS = new Set(['re.match', 're.search', 're.fullmatch', 're.findall', 're.finditer', 're.sub', 're.subn', 're.split', 're.compile', 'regex.match', 'regex.search', 'regex.compile']);
// A group that repeats and holds a repeated item: (a+)+, (\w*)*, (x|y+){2,}, ([a-z]+\.?)*
const NESTED = /\((?:\?:)?[^()]*(?:[+*]|\{\d+,\d*\})[^()]*\)(?:[+*]|\{\d+,\d*\})/;
const REQUEST_DATA = /\b(request|req)\.(GET|POST|args|form|values|json|data|body|query_params|headers|COOKIES|cookies|get_json)\b|\brequest\.\w+\.get\(/;

/** Whether the function the call sits in reads request data (the pattern's subject may be the client's). */
function readsRequest(node: SyntaxNode): boolean {
  const fn = enclosingFunction(node);
  return !!fn && REQUEST_DATA.test(fn.text);
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const name = calleeName(node, ctx);
  if (!name || !RE_CALLS.has(name)) return;
  const pattern = ctx.constant(positionalArguments(node)[0]);
  if (pattern?.kind !== 'str' || !NESTED.test(pattern.value)) return;
  if (!readsRequest(node)) return;
  ctx.report(node, {
    message: `Pattern ${JSON.stringify(pattern.value.slice(0, 40))} nests quantifiers (catastrophic backtracking) in a handler that reads request data: check the subject's length is bounded or rewrite the pattern`,
  });
}

export const redosPattern = defineRule({
  id: 'PY-INJ-REDOS',
  title: 'Regex prone to catastrophic backtracking near request data',
  cwe: [1333],
  asvs: { '5.0.0': ['V1.2.9'], '4.0.3': [] },
  severity: 'medium',
  confidence: 'low',
  kind: 'hotspot',
  needs: [{ kind: 'api', families: ['regex'] }],
  docs: {
    what:
      'A hotspot for constant regular expressions with a repeated group that itself holds a repetition — (a+)+, (\\w*)*, ' +
      '([a-z]+\\.?)* — compiled or applied (re.match, search, sub, findall …) in a function that reads request data.',
    why: 'On a crafted input such a pattern backtracks exponentially: one request can hold a worker busy for minutes.',
    example: 'if re.match(r"^(\\w+\\.?)*@example\\.com$", request.POST["email"]): ...',
    fix: 'Rewrite without nested repetition (r"^[\\w.]+@example\\.com$"), bound the input length, or use the regex module with a timeout.',
    references: ['https://cwe.mitre.org/data/definitions/1333.html', 'https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS'],
  },
  visit: { call: check },
});
