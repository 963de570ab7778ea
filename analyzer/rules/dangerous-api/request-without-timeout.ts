import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, hasKeywordSplat, keywordArgument } from '../support/calls.js';

// httpx applies a 5-second default timeout; requests waits forever unless told otherwise.
const REQUESTS_CALLS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'].map((v) => `requests.${v}`));

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name || !REQUESTS_CALLS.has(name)) return;
  const timeout = keywordArgument(node, 'timeout');
  if (timeout) {
    const v = ctx.constant(timeout);
    if (v?.kind !== 'none') return;
    ctx.report(node, { message: `${name}(timeout=None) waits forever for a slow or silent server` });
    return;
  }
  if (hasKeywordSplat(node)) return;
  ctx.report(node, { message: `${name}() without timeout= waits forever for a slow or silent server` });
}

export const requestWithoutTimeout = defineRule({
  id: 'PY-API-REQUEST-NO-TIMEOUT',
  title: 'HTTP request without a timeout',
  cwe: [1088, 400],
  asvs: { '5.0.0': ['V16.5.2', 'V13.2.6'], '4.0.3': [] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['http_client'] }],
  bandit: ['B113'],
  docs: {
    what:
      'Finds requests.get/post/put/patch/delete/head/options/request called without timeout= (or with timeout=None). ' +
      'httpx is not reported: it applies a default timeout. Calls passing **kwargs are assumed to carry one.',
    why: 'requests has no default timeout: one unresponsive upstream ties up a worker for good, and a handful of them takes the site down.',
    example: 'resp = requests.get(f"{INVENTORY_URL}/stock/{sku}")',
    fix: 'resp = requests.get(f"{INVENTORY_URL}/stock/{sku}", timeout=(3.05, 10))',
    references: [
      'https://cwe.mitre.org/data/definitions/1088.html',
      'https://requests.readthedocs.io/en/latest/user/advanced/#timeouts',
    ],
  },
  visit: { call: check },
});
