import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, keywordArgument } from '../support/calls.js';
import { algorithmOf, passwordContext } from './weak-password-hash.js';

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name) return;
  const found = algorithmOf(node, name, ctx);
  if (!found?.broken) return;
  // The author said it is a checksum, cache key or ETag: Python's own opt-out of security use.
  const sec = ctx.constant(keywordArgument(node, 'usedforsecurity'));
  if (sec?.kind === 'bool' && !sec.value) return;
  // Hashing a password is PY-CRYPTO-WEAK-PASSWORD-HASH's vulnerability, not a question.
  if (passwordContext(node, ctx)) return;
  ctx.report(node, {
    message:
      `${found.algo} digest: broken for security. Check: it only names or checksums data (cache key, ETag, de-duplication) and never ` +
      `protects integrity, signs, derives a key or makes a token — then say so with usedforsecurity=False`,
  });
}

export const weakHash = defineRule({
  id: 'PY-CRYPTO-WEAK-HASH',
  title: 'MD5 or SHA-1 digest (review what it protects)',
  cwe: [328],
  asvs: { '5.0.0': ['V11.4.1'], '4.0.3': ['V6.2.5'] },
  severity: 'medium',
  confidence: 'medium',
  // Most MD5/SHA-1 in web code names caches and files; whether a given digest guards anything is for a person.
  kind: 'hotspot',
  needs: [{ kind: 'api', families: ['crypto'] }],
  bandit: ['B303', 'B324'],
  docs: {
    what:
      'Finds hashlib.md5/sha1, hashlib.new("md5"/"sha1") and PyCryptodome MD5/SHA-1 not marked usedforsecurity=False, outside ' +
      'password contexts (those are PY-CRYPTO-WEAK-PASSWORD-HASH vulnerabilities). A hotspot: the message says what to check.',
    why: 'Collisions in MD5 and SHA-1 are practical: a digest that guards integrity, signs data or makes tokens can be forged.',
    example: 'signature = hashlib.md5(secret + payload).hexdigest()',
    fix: 'Use hashlib.sha256 (hmac.new(key, msg, "sha256") for signatures); for checksums and cache keys write hashlib.md5(data, usedforsecurity=False).',
    references: [
      'https://cwe.mitre.org/data/definitions/328.html',
      'https://docs.python.org/3/library/hashlib.html#hashlib.new',
    ],
  },
  visit: { call: check },
});
