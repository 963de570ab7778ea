import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { stringLiteralText } from '../support/string-literals.js';
import { isTestPath } from '../support/test-paths.js';

const BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/;
// A real key body is hundreds of base64 characters; a header with `...` is documentation.
const MIN_BODY = 64;

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (node.type === 'string' && node.parent?.type === 'concatenated_string') return;
  const text = stringLiteralText(node);
  if (!text) return;
  const m = BEGIN.exec(text);
  if (!m) return;
  const body = text.slice(m.index + m[0].length).split('-----END')[0] ?? '';
  const base64 = body.replace(/\\n|\\r/g, '').replace(/[^A-Za-z0-9+/=]/g, '');
  if (base64.length < MIN_BODY) return;
  ctx.report(node, {
    message: `${m[1]} embedded in source code`,
    confidence: isTestPath(ctx.path) ? 'medium' : 'high',
  });
}

export const embeddedPrivateKey = defineRule({
  id: 'PY-SECRET-PRIVATE-KEY',
  title: 'Private key embedded in source code',
  cwe: [321, 798],
  asvs: { '5.0.0': ['V13.3.1'], '4.0.3': ['V6.4.1', 'V1.6.2'] },
  severity: 'critical',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what: 'Finds PEM private key blocks (RSA, EC, DSA, OpenSSH, PKCS#8, PGP) in string literals, including keys split over adjacent strings.',
    why: 'Whoever holds the private key can sign tokens, decrypt traffic or log in as the application.',
    example: 'JWT_PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA…"""',
    fix: 'Load the key from a file outside the repository or a key vault, and replace the exposed key pair.',
    references: [
      'https://cwe.mitre.org/data/definitions/321.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Key_Management_Cheat_Sheet.html',
    ],
  },
  visit: { string: check, concatenated_string: check },
});
