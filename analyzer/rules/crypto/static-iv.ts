import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName, keywordArgument, positionalArguments } from '../support/calls.js';
import { isConstantBytes } from '../support/constant-bytes.js';

const CRYPTOGRAPHY_MODES = /^cryptography\.hazmat\.primitives\.ciphers\.modes\.(CBC|CTR|GCM|OFB|CFB|CFB8|XTS)$/;
const PYCRYPTODOME_NEW = /^(?:Crypto|Cryptodome)\.Cipher\.(AES|DES3|DES|Blowfish|CAST|ChaCha20|ChaCha20_Poly1305|Salsa20)\.new$/;

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name) return;
  const mode = CRYPTOGRAPHY_MODES.exec(name);
  if (mode) {
    const iv = argument(node, 0, mode[1] === 'CTR' ? 'nonce' : mode[1] === 'XTS' ? 'tweak' : 'initialization_vector');
    if (isConstantBytes(iv, ctx)) ctx.report(node, { message: `modes.${mode[1]}() with a constant IV/nonce: every message uses the same one` });
    return;
  }
  const cipher = PYCRYPTODOME_NEW.exec(name);
  if (!cipher) return;
  // AES.new(key, mode, iv) positionally, or iv= / nonce= by keyword.
  const iv = keywordArgument(node, 'iv') ?? keywordArgument(node, 'nonce') ?? keywordArgument(node, 'IV') ?? positionalArguments(node)[2];
  if (isConstantBytes(iv, ctx)) ctx.report(node, { message: `${cipher[1]}.new() with a constant IV/nonce: every message uses the same one` });
}

export const staticIv = defineRule({
  id: 'PY-CRYPTO-STATIC-IV',
  title: 'Constant initialization vector or nonce',
  cwe: [329, 323, 1204],
  asvs: { '5.0.0': ['V11.3.4'], '4.0.3': ['V6.2.6'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['crypto'] }],
  docs: {
    what:
      "Finds cryptography's modes.CBC/CTR/GCM/OFB/CFB/XTS and PyCryptodome Cipher.new calls whose IV or nonce " +
      'is a constant: a literal, a module constant, b"\\x00" * 16 or bytes(16).',
    why:
      'With a fixed IV, CBC leaks which messages share a prefix; with a fixed nonce, CTR and GCM reuse the key ' +
      'stream — XOR two ciphertexts and the plaintexts fall out, and GCM forgeries become possible.',
    example: 'cipher = Cipher(algorithms.AES(key), modes.CBC(b"\\x00" * 16))',
    fix: 'iv = os.urandom(16); cipher = Cipher(algorithms.AES(key), modes.CBC(iv))  # store iv beside the ciphertext',
    references: [
      'https://cwe.mitre.org/data/definitions/329.html',
      'https://cwe.mitre.org/data/definitions/323.html',
      'https://cryptography.io/en/latest/hazmat/primitives/symmetric-encryption/#modes',
    ],
  },
  visit: { call: check },
});
