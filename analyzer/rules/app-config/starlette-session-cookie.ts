import { defineRule } from '../../rule.js';
import { isTestPath } from '../support/test-paths.js';
import { hasKeywordSplat, isMiddlewareInstall, keywordValue } from './app-objects.js';

const SESSION_MIDDLEWARE = new Set(['starlette.middleware.sessions.SessionMiddleware', 'fastapi.middleware.sessions.SessionMiddleware']);

export const starletteSessionCookie = defineRule({
  id: 'PY-FASTAPI-SESSION-COOKIE',
  title: 'Starlette session cookie without Secure',
  cwe: [614],
  asvs: { '5.0.0': ['V3.3.1'], '4.0.3': ['V3.4.1'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  frameworks: ['fastapi', 'starlette'],
  docs: {
    what:
      "Finds SessionMiddleware (Starlette, FastAPI) added without https_only=True (its default is False); same_site='none' on such a cookie is named in the message.",
    why: 'Without https_only the session cookie, which holds the whole signed session, is also sent over plain HTTP where a network attacker can copy it and replay it.',
    example: 'app.add_middleware(SessionMiddleware, secret_key=settings.session_secret)',
    fix: "app.add_middleware(SessionMiddleware, secret_key=settings.session_secret, https_only=True, same_site='lax')",
    references: [
      'https://cwe.mitre.org/data/definitions/614.html',
      'https://www.starlette.io/middleware/#sessionmiddleware',
    ],
  },
  visit: {
    call(node, ctx) {
      if (isTestPath(ctx.path) || hasKeywordSplat(node)) return;
      if (!isMiddlewareInstall(node, ctx, SESSION_MIDDLEWARE)) return;
      const httpsNode = keywordValue(node, 'https_only');
      const https = ctx.constant(httpsNode);
      const problems: string[] = [];
      if (!httpsNode || (https?.kind === 'bool' && !https.value)) problems.push(httpsNode ? 'https_only=False' : 'no https_only=True');
      const sameSite = ctx.constant(keywordValue(node, 'same_site'));
      if (problems.length === 0) return;
      // SameSite=None is a deliberate cross-site choice; it only makes a missing Secure flag worse.
      if (sameSite?.kind === 'str' && sameSite.value.toLowerCase() === 'none') problems.push("same_site='none'");
      ctx.report(node, { message: `SessionMiddleware with ${problems.join(' and ')}: the session cookie is also sent over plain HTTP${problems.length > 1 ? ' and on cross-site requests' : ''}` });
    },
  },
});
