import { defineRule } from '../../rule.js';
import { settingsModule } from './settings-model.js';

// Hashers Django ships that are fast digests (or DES crypt) rather than password hashing functions.
const WEAK = new Map([
  ['django.contrib.auth.hashers.MD5PasswordHasher', 'salted MD5'],
  ['django.contrib.auth.hashers.SHA1PasswordHasher', 'salted SHA-1'],
  ['django.contrib.auth.hashers.UnsaltedMD5PasswordHasher', 'unsalted MD5'],
  ['django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher', 'unsalted SHA-1'],
  ['django.contrib.auth.hashers.CryptPasswordHasher', 'DES crypt(3)'],
]);

export const djangoWeakPasswordHasher = defineRule({
  id: 'PY-DJANGO-WEAK-PASSWORD-HASHER',
  title: 'Passwords stored with a fast or broken hash',
  cwe: [916, 328],
  asvs: { '5.0.0': ['V11.4.2'], '4.0.3': ['V2.4.1'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what:
      'Finds PASSWORD_HASHERS whose first entry (the one Django uses for every new or upgraded password) is MD5, SHA-1, an unsalted variant, or crypt. Weak hashers later in the list only verify old hashes and are not reported.',
    why: 'MD5 and SHA-1 run billions of times a second on a GPU: a leaked user table gives up most passwords within hours. Unsalted variants fall to precomputed tables at once.',
    example: "PASSWORD_HASHERS = ['django.contrib.auth.hashers.MD5PasswordHasher']",
    fix: "PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher', 'django.contrib.auth.hashers.PBKDF2PasswordHasher']",
    references: [
      'https://cwe.mitre.org/data/definitions/916.html',
      'https://docs.djangoproject.com/en/stable/topics/auth/passwords/#how-django-stores-passwords',
      'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      // Test settings often pick MD5 on purpose to make the suite fast: that is not a finding.
      if (!model || model.role === 'test') return;
      const right = model.assignment('PASSWORD_HASHERS');
      if (!right || (right.type !== 'list' && right.type !== 'tuple')) return;
      const first = right.namedChildren.find((c) => c.type !== 'comment');
      const v = ctx.constant(first);
      if (!first || v?.kind !== 'str') return;
      const kind = WEAK.get(v.value);
      if (kind) ctx.report(first, { message: `PASSWORD_HASHERS puts ${v.value.split('.').pop()} first: new passwords are stored as ${kind}` });
    },
  },
});
