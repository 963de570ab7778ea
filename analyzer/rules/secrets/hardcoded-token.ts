import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { namedLiteral } from '../support/secret-literals.js';
import { isSessionMiddlewareSecret, isOwnedByConfigRules, isPasswordName, isSecretNounName, isTokenName } from '../support/secret-names.js';
import { isPlaceholder } from '../support/placeholders.js';
import { looksRandom } from '../support/entropy.js';
import { isTestPath } from '../support/test-paths.js';
import { findKeyFormat } from '../support/key-formats.js';

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const lit = namedLiteral(node, ctx);
  if (isSessionMiddlewareSecret(node, ctx)) return;
  if (!lit || !isTokenName(lit.name) || isPasswordName(lit.name) || isOwnedByConfigRules(lit.name, ctx.projectFrameworks)) return;
  // Known formats are PY-SECRET-KNOWN-FORMAT's, with a more precise message.
  if (isPlaceholder(lit.value) || findKeyFormat(lit.value)) return;
  const random = looksRandom(lit.value);
  if (!random && !(isSecretNounName(lit.name) && lit.value.length >= 8)) return;
  ctx.report(node, { message: random ? `High-entropy secret hard-coded in ${lit.name}` : `Secret hard-coded in ${lit.name}` });
}

export const hardcodedToken = defineRule({
  id: 'PY-SECRET-TOKEN',
  title: 'Hard-coded API key, token or client secret',
  cwe: [798],
  asvs: { '5.0.0': ['V13.3.1'], '4.0.3': ['V2.10.4', 'V6.4.1'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  bandit: ['B105', 'B106'],
  docs: {
    what:
      'Finds random-looking string literals (Shannon entropy over hex or base64 alphabets, at least 16 ' +
      'characters, letters mixed with digits) given to names such as API_KEY, AWS_SECRET_ACCESS_KEY or ' +
      'auth_token, and any non-placeholder literal of 8+ characters given to a name ending in "secret" ' +
      '(CLIENT_SECRET, JWT_SECRET). Names such as CACHE_KEY or TOKEN_TYPE, low-entropy keys and tokens, ' +
      'placeholders and test files are not reported. In Django and Flask projects SECRET_KEY (and Flask\'s ' +
      'JWT_SECRET_KEY, WTF_CSRF_SECRET_KEY, SECURITY_PASSWORD_SALT) are left to the configuration rules.',
    why: 'Whoever reads the repository can call the API as the application: read data, spend money, impersonate it.',
    example: 'STRIPE_WEBHOOK_SECRET = "whsec_5b2f0a9d8c7e6f1a3b4c2d9e8f7a6b5c"',
    fix: 'STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]  # and rotate the leaked value',
    references: [
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    ],
  },
  visit: { string: check, concatenated_string: check },
});
