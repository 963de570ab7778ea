import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName } from '../support/calls.js';

interface KeyGen {
  algo: 'RSA' | 'DSA';
  index: number;
  keyword: string;
}

const GENERATORS = new Map<string, KeyGen>([
  ['cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key', { algo: 'RSA', index: 1, keyword: 'key_size' }],
  ['cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key', { algo: 'DSA', index: 0, keyword: 'key_size' }],
  ['Crypto.PublicKey.RSA.generate', { algo: 'RSA', index: 0, keyword: 'bits' }],
  ['Crypto.PublicKey.DSA.generate', { algo: 'DSA', index: 0, keyword: 'bits' }],
  ['Cryptodome.PublicKey.RSA.generate', { algo: 'RSA', index: 0, keyword: 'bits' }],
  ['Cryptodome.PublicKey.DSA.generate', { algo: 'DSA', index: 0, keyword: 'bits' }],
  ['rsa.newkeys', { algo: 'RSA', index: 0, keyword: 'nbits' }],
  ['paramiko.RSAKey.generate', { algo: 'RSA', index: 0, keyword: 'bits' }],
  ['paramiko.DSSKey.generate', { algo: 'DSA', index: 0, keyword: 'bits' }],
]);
const MIN_BITS = 2048;
// Binary and prime curves under 224 bits give less than 112 bits of security.
const WEAK_CURVE = /^cryptography\.hazmat\.primitives\.asymmetric\.ec\.(SECP192R1|SECT163K1|SECT163R2)$/;

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name) return;
  if (name === 'cryptography.hazmat.primitives.asymmetric.ec.generate_private_key') {
    const curve = ctx.names.qualifiedName(argument(node, 0, 'curve'));
    const m = curve ? WEAK_CURVE.exec(curve) : null;
    if (m) ctx.report(node, { message: `Elliptic-curve key on ${m[1]}, a curve under 224 bits` });
    return;
  }
  const gen = GENERATORS.get(name);
  if (!gen) return;
  const size = ctx.constant(argument(node, gen.index, gen.keyword));
  if (size?.kind !== 'int' || size.value >= MIN_BITS) return;
  ctx.report(node, {
    message: `${gen.algo} key of ${size.value} bits; at least ${MIN_BITS} are needed (3072 for use past 2030)`,
    severity: size.value < 1024 ? 'critical' : 'high',
  });
}

export const weakKeySize = defineRule({
  id: 'PY-CRYPTO-WEAK-KEY-SIZE',
  title: 'RSA or DSA key shorter than 2048 bits, or a weak elliptic curve',
  cwe: [326],
  asvs: { '5.0.0': ['V11.2.3', 'V11.6.1'], '4.0.3': ['V6.2.3'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['crypto'] }],
  bandit: ['B505'],
  docs: {
    what:
      "Finds key generation with a constant size under 2048 bits — cryptography's rsa/dsa.generate_private_key, " +
      'PyCryptodome RSA/DSA.generate, rsa.newkeys, paramiko RSAKey/DSSKey.generate — and EC keys on 163/192-bit curves.',
    why: '1024-bit RSA is within reach of well-funded attackers and 512-bit RSA is factored in hours on rented hardware.',
    example: 'key = rsa.generate_private_key(public_exponent=65537, key_size=1024)',
    fix: 'key = rsa.generate_private_key(public_exponent=65537, key_size=3072)  # or ec.generate_private_key(ec.SECP256R1())',
    references: [
      'https://cwe.mitre.org/data/definitions/326.html',
      'https://cryptography.io/en/latest/hazmat/primitives/asymmetric/rsa/',
    ],
  },
  visit: { call: check },
});
