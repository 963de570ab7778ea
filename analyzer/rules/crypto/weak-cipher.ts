import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName } from '../support/calls.js';

// cryptography moved the legacy ciphers to `decrepit` in 43.0; both spellings are matched.
const CRYPTOGRAPHY = /^cryptography\.hazmat\.(?:primitives|decrepit)\.ciphers\.algorithms\.(TripleDES|ARC4|Blowfish|CAST5|IDEA|SEED|RC2)$/;
const PYCRYPTODOME = /^(?:Crypto|Cryptodome)\.Cipher\.(DES|DES3|ARC4|ARC2|Blowfish|CAST|XOR)\.new$/;
const PYDES = /^pyDes\.(des|triple_des)$/;

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name) return;
  const m = CRYPTOGRAPHY.exec(name) ?? PYCRYPTODOME.exec(name) ?? PYDES.exec(name);
  if (!m) return;
  ctx.report(node, { message: `${m[1]} is a broken or 64-bit-block cipher (${name})` });
}

export const weakCipher = defineRule({
  id: 'PY-CRYPTO-WEAK-CIPHER',
  title: 'Broken or legacy cipher (DES, 3DES, RC4, Blowfish …)',
  cwe: [327],
  asvs: { '5.0.0': ['V11.3.2'], '4.0.3': ['V6.2.5', 'V6.2.2'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['crypto'] }],
  bandit: ['B304', 'B413'],
  docs: {
    what:
      "Finds encryption with DES, Triple DES, RC4, RC2, Blowfish, CAST5, IDEA, SEED or XOR: cryptography's " +
      'algorithms.TripleDES/ARC4/Blowfish/…, PyCryptodome DES.new/DES3.new/ARC4.new/Blowfish.new and pyDes.',
    why: 'DES keys are brute-forced in hours, RC4 has biased output, and 64-bit-block ciphers leak plaintext after a few gigabytes (Sweet32).',
    example: 'cipher = DES3.new(key, DES3.MODE_CBC, iv)',
    fix: 'Use authenticated encryption: cryptography.fernet.Fernet, or AESGCM / ChaCha20Poly1305 from cryptography.hazmat.primitives.ciphers.aead.',
    references: [
      'https://cwe.mitre.org/data/definitions/327.html',
      'https://cryptography.io/en/latest/hazmat/decrepit/ciphers/',
      'https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html',
    ],
  },
  visit: { call: check },
});
