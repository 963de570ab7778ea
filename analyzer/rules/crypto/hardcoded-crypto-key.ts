import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName } from '../support/calls.js';
import { isConstantBytes } from '../support/constant-bytes.js';
import { isTestPath } from '../support/test-paths.js';
import { isPasswordName, isTokenName } from '../support/secret-names.js';
import { looksRandom } from '../support/entropy.js';
import { isPlaceholder } from '../support/placeholders.js';

interface KeyParam {
  index: number;
  keyword: string;
}

const KEYED = new Map<string, KeyParam>([
  ['cryptography.fernet.Fernet', { index: 0, keyword: 'key' }],
  ['cryptography.hazmat.primitives.ciphers.algorithms.AES', { index: 0, keyword: 'key' }],
  ['cryptography.hazmat.primitives.ciphers.algorithms.ChaCha20', { index: 0, keyword: 'key' }],
  ['cryptography.hazmat.primitives.ciphers.aead.AESGCM', { index: 0, keyword: 'key' }],
  ['cryptography.hazmat.primitives.ciphers.aead.AESCCM', { index: 0, keyword: 'key' }],
  ['cryptography.hazmat.primitives.ciphers.aead.AESSIV', { index: 0, keyword: 'key' }],
  ['cryptography.hazmat.primitives.ciphers.aead.AESOCB3', { index: 0, keyword: 'key' }],
  ['cryptography.hazmat.primitives.ciphers.aead.ChaCha20Poly1305', { index: 0, keyword: 'key' }],
  ['hmac.new', { index: 0, keyword: 'key' }],
  ['hmac.digest', { index: 0, keyword: 'key' }],
  ['itsdangerous.URLSafeTimedSerializer', { index: 0, keyword: 'secret_key' }],
  ['itsdangerous.URLSafeSerializer', { index: 0, keyword: 'secret_key' }],
  ['itsdangerous.Serializer', { index: 0, keyword: 'secret_key' }],
  ['itsdangerous.TimestampSigner', { index: 0, keyword: 'secret_key' }],
  ['itsdangerous.Signer', { index: 0, keyword: 'secret_key' }],
]);
const PYCRYPTODOME_NEW = /^(?:Crypto|Cryptodome)\.Cipher\.\w+\.new$/;

/** The module-level `NAME = value` that an identifier refers to, if assigned exactly there. */
function moduleDefinition(name: string, ctx: RuleContext): SyntaxNode | null {
  for (const stmt of ctx.tree.rootNode.namedChildren) {
    const a = stmt.type === 'expression_statement' ? stmt.namedChild(0) : null;
    if (a?.type === 'assignment' && a.childForFieldName('left')?.text === name) return a.childForFieldName('right');
  }
  return null;
}

/** A key kept in a secret-named module constant is reported where it is defined, by the PY-SECRET rules. */
function reportedAsSecret(keyArg: SyntaxNode, ctx: RuleContext): boolean {
  let key = keyArg;
  const callee = key.type === 'call' ? key.childForFieldName('function') : null;
  if (callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'encode') key = callee.childForFieldName('object') ?? key;
  if (key.type !== 'identifier') return false;
  const def = moduleDefinition(key.text, ctx);
  const v = ctx.constant(def);
  if (v?.kind !== 'str' && v?.kind !== 'bytes') return false;
  if (isPlaceholder(v.value)) return false;
  return isPasswordName(key.text) || (isTokenName(key.text) && looksRandom(v.value));
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const name = calleeName(node, ctx);
  if (!name) return;
  const param = KEYED.get(name) ?? (PYCRYPTODOME_NEW.test(name) ? { index: 0, keyword: 'key' } : undefined);
  if (!param) return;
  const key = argument(node, param.index, param.keyword);
  if (!key || !isConstantBytes(key, ctx) || reportedAsSecret(key, ctx)) return;
  ctx.report(node, { message: `${name.split('.').slice(-2).join('.')}() keyed with a constant written in the code` });
}

export const hardcodedCryptoKey = defineRule({
  id: 'PY-CRYPTO-HARDCODED-KEY',
  title: 'Encryption or signing key hard-coded at the call',
  cwe: [321],
  asvs: { '5.0.0': ['V13.3.1'], '4.0.3': ['V6.4.1', 'V2.10.4'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['crypto'] }],
  docs: {
    what:
      'Finds Fernet, AES/ChaCha20/AEAD ciphers, PyCryptodome Cipher.new, hmac.new/digest and itsdangerous ' +
      'serializers and signers whose key is a constant: a literal, b"…" * n, or a module constant. A key held in a ' +
      'secret-named constant (ENCRYPTION_KEY = "…") is left to PY-SECRET-TOKEN/PY-SECRET-PASSWORD, which report ' +
      'its definition; test files are not reported.',
    why: 'A key in the code decrypts every record and forges every signature for anyone with the source — and cannot be rotated without a release.',
    example: 'fernet = Fernet(b"tY3x8J2kq7M1sV9zL4wR6nB0cE5dF2gH1jK8lP3oQ6U=")',
    fix: 'fernet = Fernet(os.environ["FIELD_ENCRYPTION_KEY"])  # or a key from the secrets manager / KMS',
    references: [
      'https://cwe.mitre.org/data/definitions/321.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Key_Management_Cheat_Sheet.html',
    ],
  },
  visit: { call: check },
});
