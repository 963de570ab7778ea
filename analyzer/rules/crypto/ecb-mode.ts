import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName } from '../support/calls.js';

const CRYPTOGRAPHY_ECB = /^cryptography\.hazmat\.primitives\.ciphers\.modes\.ECB$/;
const PYCRYPTODOME_NEW = /^(?:Crypto|Cryptodome)\.Cipher\.(\w+)\.new$/;
const PYCRYPTODOME_ECB = /^(?:Crypto|Cryptodome)\.Cipher\.\w+\.MODE_ECB$/;
// Ciphers PY-CRYPTO-WEAK-CIPHER already reports on the same call: its fix (an AEAD) replaces the mode
// too, so a second CWE-327 finding on that line would be the same issue twice.
const WEAK_CIPHERS = new Set(['DES', 'DES3', 'ARC2', 'ARC4', 'Blowfish', 'CAST', 'XOR']);

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name) return;
  if (CRYPTOGRAPHY_ECB.test(name)) {
    ctx.report(node, { message: 'modes.ECB() encrypts equal blocks to equal ciphertext' });
    return;
  }
  const m = PYCRYPTODOME_NEW.exec(name);
  if (!m || WEAK_CIPHERS.has(m[1]!)) return;
  const mode = argument(node, 1, 'mode');
  const modeName = ctx.names.qualifiedName(mode);
  const modeValue = ctx.constant(mode);
  // MODE_ECB is 1 in PyCryptodome; a literal 1 is the same mode.
  if ((modeName && PYCRYPTODOME_ECB.test(modeName)) || (modeValue?.kind === 'int' && modeValue.value === 1)) {
    ctx.report(node, { message: `${m[1]}.new(..., MODE_ECB) encrypts equal blocks to equal ciphertext` });
  }
}

export const ecbMode = defineRule({
  id: 'PY-CRYPTO-ECB-MODE',
  title: 'Block cipher in ECB mode',
  cwe: [327],
  asvs: { '5.0.0': ['V11.3.1'], '4.0.3': ['V6.2.5'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['crypto'] }],
  bandit: ['B305'],
  docs: {
    what: "Finds cryptography's modes.ECB() and PyCryptodome ciphers created with MODE_ECB.",
    why: 'ECB encrypts identical plaintext blocks to identical ciphertext blocks: patterns show through, and blocks can be cut and pasted between messages.',
    example: 'cipher = AES.new(key, AES.MODE_ECB)',
    fix: 'cipher = AES.new(key, AES.MODE_GCM)  # authenticated mode with a fresh nonce per message',
    references: [
      'https://cwe.mitre.org/data/definitions/327.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html',
    ],
  },
  visit: { call: check },
});
