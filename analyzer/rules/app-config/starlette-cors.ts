import { defineRule } from '../../rule.js';
import { isMiddlewareInstall, keywordValue } from './app-objects.js';
import { originsValue } from './cors-origins.js';
import { isTestPath } from '../support/test-paths.js';

const CORS_MIDDLEWARE = new Set(['starlette.middleware.cors.CORSMiddleware', 'fastapi.middleware.cors.CORSMiddleware']);

export const starletteCorsAnyOrigin = defineRule({
  id: 'PY-CORS-STARLETTE-ANY-ORIGIN',
  title: 'CORSMiddleware lets any site make credentialed requests',
  cwe: [942, 346],
  asvs: { '5.0.0': ['V3.4.2'], '4.0.3': ['V14.5.3'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['fastapi', 'starlette'],
  docs: {
    what:
      "Finds FastAPI/Starlette CORSMiddleware configured with allow_origins=['*'] (or an allow_origin_regex that matches everything) and allow_credentials=True, through app.add_middleware(...) or Middleware(...).",
    why: "With both set, Starlette answers a request that carries cookies by echoing the caller's Origin: any page the user visits can call the API as the user and read the answers.",
    example: 'app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)',
    fix: 'app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)',
    references: [
      'https://cwe.mitre.org/data/definitions/942.html',
      'https://fastapi.tiangolo.com/tutorial/cors/',
      'https://www.starlette.io/middleware/#corsmiddleware',
    ],
  },
  visit: {
    call(node, ctx) {
      if (isTestPath(ctx.path)) return;
      if (!isMiddlewareInstall(node, ctx, CORS_MIDDLEWARE)) return;
      const credentials = ctx.constant(keywordValue(node, 'allow_credentials'));
      if (credentials?.kind !== 'bool' || !credentials.value) return;
      if (originsValue(keywordValue(node, 'allow_origins'), ctx) === 'wildcard') {
        ctx.report(node, { message: "CORSMiddleware with allow_origins=['*'] and allow_credentials=True: any origin can read responses made with the user's cookies" });
      } else if (originsValue(keywordValue(node, 'allow_origin_regex'), ctx, true) === 'wildcard') {
        ctx.report(node, { message: 'CORSMiddleware with an allow_origin_regex matching every origin and allow_credentials=True' });
      }
    },
  },
});
