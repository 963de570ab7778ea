import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { literalText } from '../support/string-literals.js';
import { findKeyFormat } from '../support/key-formats.js';
import { isTestPath } from '../support/test-paths.js';

function check(node: SyntaxNode, ctx: RuleContext): void {
  const found = findKeyFormat(literalText(node));
  if (!found) return;
  const shown = found.match.slice(0, 8) + '…';
  ctx.report(node, {
    message: `${found.format.name} (${shown}) hard-coded in a string literal`,
    // Test suites do hold real-format tokens for mocked services; still worth a look (as a hotspot), less likely live.
    confidence: isTestPath(ctx.path) ? 'medium' : 'high',
  });
}

export const knownFormatKey = defineRule({
  id: 'PY-SECRET-KNOWN-FORMAT',
  title: 'API key or token of a known provider format',
  cwe: [798],
  asvs: { '5.0.0': ['V13.3.1'], '4.0.3': ['V2.10.4', 'V6.4.1'] },
  severity: 'critical',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds string literals containing credentials whose format identifies them: AWS access key ids (AKIA…), ' +
      'GitHub tokens (ghp_…, github_pat_…), Slack tokens and webhooks, Stripe live keys, Google API keys, ' +
      'SendGrid, npm, PyPI and OpenAI keys, and JSON Web Tokens. Fires whatever the variable is called, in test ' +
      'files too (at medium confidence); vendor documentation keys containing EXAMPLE are skipped.',
    why: 'A provider key in a repository is found by scrapers within minutes of a push and used against the account.',
    example: 'boto3.client("s3", aws_access_key_id="AKIA2E0A8F3B244C9986")',
    fix: 'Revoke the key at the provider, then load it at run time: boto3 reads AWS_ACCESS_KEY_ID from the environment.',
    references: [
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns',
      'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    ],
  },
  visit: { string: check },
});
