import { defineRule } from '../../rule.js';
import { isMiddlewareInstall, keywordValue } from './app-objects.js';
import { isTestPath } from '../support/test-paths.js';

const SESSION_MIDDLEWARE = new Set(['starlette.middleware.sessions.SessionMiddleware', 'fastapi.middleware.sessions.SessionMiddleware']);

export const starletteSessionSecret = defineRule({
  id: 'PY-FASTAPI-SESSION-SECRET',
  title: 'Starlette SessionMiddleware signed with a key written in code',
  cwe: [798, 321],
  asvs: { '5.0.0': ['V13.3.1'], '4.0.3': ['V2.10.4', 'V6.4.1'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['fastapi', 'starlette'],
  // Bandit's hardcoded_password_funcarg matches secret_key=/key= literals.
  bandit: ['B106'],
  docs: {
    what: 'Finds SessionMiddleware (Starlette, FastAPI) added with a secret_key that is a string literal or a module constant holding one.',
    why: 'The session lives in a cookie signed with that key: with the key from the repository, anyone can write a session that says they are logged in as any user.',
    example: 'app.add_middleware(SessionMiddleware, secret_key="some-random-string")',
    fix: 'app.add_middleware(SessionMiddleware, secret_key=settings.session_secret, https_only=True)',
    references: [
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://www.starlette.io/middleware/#sessionmiddleware',
    ],
  },
  visit: {
    call(node, ctx) {
      if (isTestPath(ctx.path)) return;
      if (!isMiddlewareInstall(node, ctx, SESSION_MIDDLEWARE)) return;
      const key = keywordValue(node, 'secret_key');
      const v = ctx.constant(key);
      if (!key || (v?.kind !== 'str' && v?.kind !== 'bytes') || v.value.length === 0) return;
      ctx.report(key, { message: `SessionMiddleware secret_key is ${key.type === 'identifier' ? `${key.text}, a literal in this module` : 'a literal'}: anyone with the code can forge sessions` });
    },
  },
});
