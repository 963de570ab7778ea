import { defineRule } from '../../rule.js';
import { isTestPath } from '../support/test-paths.js';

// PyJWT and python-jose: the key is the second positional argument or `key=`.
const JWT_CALLS = new Set(['jwt.encode', 'jwt.decode', 'jwt.api_jwt.encode', 'jwt.api_jwt.decode', 'jose.jwt.encode', 'jose.jwt.decode']);

export const jwtHardcodedKey = defineRule({
  id: 'PY-JWT-HARDCODED-KEY',
  title: 'JWT signed or verified with a key written in code',
  cwe: [798, 321],
  asvs: { '5.0.0': ['V13.3.1'], '4.0.3': ['V2.10.4', 'V6.4.1'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['jwt'] }],
  // Bandit's hardcoded_password_funcarg matches secret_key=/key= literals.
  bandit: ['B106'],
  docs: {
    what:
      "Finds jwt.encode/jwt.decode (PyJWT, python-jose) whose key is a string literal or a module constant holding one, e.g. the SECRET_KEY = \"09d25e…\" of many FastAPI tutorials.",
    why: 'With an HMAC key from the repository anyone can mint a valid token for any user and any role.',
    example: 'token = jwt.encode({"sub": user.id}, "secret", algorithm="HS256")',
    fix: 'token = jwt.encode({"sub": user.id}, settings.jwt_secret, algorithm="HS256")  # loaded from the environment or a secret store',
    references: [
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://pyjwt.readthedocs.io/en/stable/usage.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
    ],
  },
  visit: {
    call(node, ctx) {
      if (isTestPath(ctx.path)) return;
      const name = ctx.names.qualifiedName(node.childForFieldName('function'));
      if (!name || !JWT_CALLS.has(name)) return;
      const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a.type !== 'comment');
      const keyword = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'key');
      const positional = args.filter((a) => a.type !== 'keyword_argument' && a.type !== 'dictionary_splat' && a.type !== 'list_splat');
      const key = keyword?.childForFieldName('value') ?? positional[1];
      if (!key) return;
      const v = ctx.constant(key);
      if (!v || (v.kind !== 'str' && v.kind !== 'bytes') || v.value.length === 0) return;
      // PEM public keys verify tokens; they are not secrets.
      if (/-----BEGIN (RSA )?PUBLIC KEY-----/.test(v.value)) return;
      const via = key.type === 'identifier' ? `${key.text}, a string literal in this module` : 'a string literal';
      ctx.report(key, { message: `${name}() uses ${via} as its key: anyone with the code can forge tokens` });
    },
  },
});
