import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, keywordArgument, positionalArguments } from '../support/calls.js';
import { enclosingCallNames, enclosingFunctionName, finalReceivingName, namesUsedIn } from '../support/value-context.js';
import { mentionsPassword } from '../support/security-names.js';

const BROKEN = new Map([
  ['hashlib.md5', 'MD5'],
  ['hashlib.sha1', 'SHA-1'],
  ['Crypto.Hash.MD5.new', 'MD5'],
  ['Crypto.Hash.SHA.new', 'SHA-1'],
  ['Crypto.Hash.SHA1.new', 'SHA-1'],
  ['Cryptodome.Hash.MD5.new', 'MD5'],
  ['Cryptodome.Hash.SHA1.new', 'SHA-1'],
]);
const FAST = new Set(['hashlib.sha224', 'hashlib.sha256', 'hashlib.sha384', 'hashlib.sha512', 'hashlib.sha3_256', 'hashlib.sha3_512', 'hashlib.blake2b', 'hashlib.blake2s']);
const BROKEN_NAMES: Record<string, string> = { md5: 'MD5', sha1: 'SHA-1', 'sha-1': 'SHA-1' };
// A fast hash feeding a real password hashing function is pre-hashing (bcrypt's 72-byte limit), not storage.
const KDF = /^(bcrypt\.|argon2\.|passlib\.|hashlib\.(scrypt|pbkdf2_hmac)|django\.contrib\.auth\.hashers\.make_password|werkzeug\.security\.generate_password_hash)/;

/** The digest algorithm of a hashing call, and whether it is broken (MD5, SHA-1); null for other calls. */
export function algorithmOf(node: SyntaxNode, name: string, ctx: RuleContext): { algo: string; broken: boolean } | null {
  const broken = BROKEN.get(name);
  if (broken) return { algo: broken, broken: true };
  if (FAST.has(name)) return { algo: name.slice('hashlib.'.length).toUpperCase(), broken: false };
  if (name === 'hashlib.new') {
    const v = ctx.constant(positionalArguments(node)[0] ?? keywordArgument(node, 'name'));
    if (v?.kind !== 'str') return null;
    const algo = BROKEN_NAMES[v.value.toLowerCase()];
    return algo ? { algo, broken: true } : null;
  }
  return null;
}

/** Why a digest is a password use (a password-named input, result or function), or null. */
export function passwordContext(node: SyntaxNode, ctx: RuleContext): string | null {
  const args = node.childForFieldName('arguments');
  const used = args ? namesUsedIn(args).find(mentionsPassword) : undefined;
  if (used) return `hashes ${used}`;
  const recv = finalReceivingName(node, ctx);
  if (recv && mentionsPassword(recv.name)) return `is stored in ${recv.name}`;
  const fn = enclosingFunctionName(node);
  if (fn && mentionsPassword(fn)) return `is computed in ${fn}()`;
  return null;
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name) return;
  const found = algorithmOf(node, name, ctx);
  if (!found) return;
  const sec = ctx.constant(keywordArgument(node, 'usedforsecurity'));
  if (sec?.kind === 'bool' && !sec.value) return;
  const why = passwordContext(node, ctx);
  if (!why) return;
  if (enclosingCallNames(node, ctx).some((n) => KDF.test(n))) return;
  ctx.report(node, {
    message: found.broken
      ? `${found.algo} digest that ${why}: a broken, fast hash is no password storage`
      : `${found.algo} digest that ${why}: a single fast hash is brute-forced at billions of guesses per second`,
    confidence: found.broken ? 'high' : 'medium',
  });
}

export const weakPasswordHash = defineRule({
  id: 'PY-CRYPTO-WEAK-PASSWORD-HASH',
  title: 'Password hashed with MD5, SHA-1 or another fast hash',
  cwe: [916, 328],
  asvs: { '5.0.0': ['V11.4.2'], '4.0.3': ['V2.4.1', 'V6.2.5'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['crypto'] }],
  bandit: ['B303', 'B324'],
  docs: {
    what:
      'Finds hashlib.md5/sha1 (also hashlib.new("md5"), PyCryptodome MD5/SHA) — and, at medium confidence, single ' +
      'SHA-2/SHA-3/BLAKE2 digests — applied to passwords: a password-named argument, a password-named result, or a ' +
      'function such as set_password/check_password. usedforsecurity=False and pre-hashing inside bcrypt/argon2/' +
      'make_password calls are not reported; MD5 for ETags and cache keys is not a password use.',
    why: 'Fast hashes are brute-forced on GPUs at billions of guesses per second; MD5 and SHA-1 also have precomputed tables for common passwords.',
    example: 'user.password_hash = hashlib.md5(password.encode()).hexdigest()',
    fix: 'Use the framework hasher (django.contrib.auth.hashers.make_password, werkzeug generate_password_hash) or argon2-cffi / bcrypt.',
    references: [
      'https://cwe.mitre.org/data/definitions/916.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
    ],
  },
  visit: { call: check },
});
