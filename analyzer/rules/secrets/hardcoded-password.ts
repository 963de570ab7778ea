import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { namedLiteral } from '../support/secret-literals.js';
import { isSessionMiddlewareSecret, isOwnedByConfigRules, isPasswordName } from '../support/secret-names.js';
import { isPlaceholder } from '../support/placeholders.js';
import { isTestPath } from '../support/test-paths.js';

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const lit = namedLiteral(node, ctx);
  if (isSessionMiddlewareSecret(node, ctx)) return;
  if (!lit || !isPasswordName(lit.name) || isOwnedByConfigRules(lit.name, ctx.projectFrameworks)) return;
  if (isPlaceholder(lit.value)) return;
  const how =
    lit.via === 'comparison'
      ? `compared with ${lit.name}`
      : lit.via === 'default-parameter'
        ? `used as the default of parameter ${lit.name}`
        : `assigned to ${lit.name}`;
  ctx.report(node, { message: `Hard-coded password ${how}` });
}

export const hardcodedPassword = defineRule({
  id: 'PY-SECRET-PASSWORD',
  title: 'Hard-coded password',
  cwe: [798, 259],
  asvs: { '5.0.0': ['V13.3.1'], '4.0.3': ['V2.10.4', 'V6.4.1'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  bandit: ['B105', 'B106', 'B107'],
  docs: {
    what:
      'Finds string literals given to password-named variables, attributes, keyword arguments, dictionary keys ' +
      "(DATABASES 'PASSWORD'), parameter defaults and comparisons. Placeholders (empty, `xxx`, `<password>`, " +
      '`${DB_PASS}`, `changeme`, `your-password-here`, environment-variable names, prose, hashed passwords) ' +
      'and files under tests/, test_*.py and conftest.py are not reported; names that only mention a password ' +
      '(password_reset_timeout, PASSWORD_FIELD) are not password names.',
    why:
      'A password in source code is shared with everyone who can read the repository, its history, its forks and ' +
      'its build artefacts, and it cannot be rotated without a release.',
    example: "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'PASSWORD': 'Sup3rS3cret!'}}",
    fix: "Read the password from the environment or a secrets manager: 'PASSWORD': os.environ['DB_PASSWORD']",
    references: [
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://cwe.mitre.org/data/definitions/259.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    ],
  },
  visit: { string: check, concatenated_string: check },
});
