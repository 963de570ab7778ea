import { defineRule, type SyntaxNode } from '../../rule.js';
import { hasKeywordSplat, keywordValue } from './app-objects.js';
import { originsValue } from './cors-origins.js';
import { isTestPath } from '../support/test-paths.js';

const CORS_CALLS = new Set(['flask_cors.CORS', 'flask_cors.cross_origin', 'flask_cors.extension.CORS', 'flask_cors.decorator.cross_origin']);

export const flaskCorsAnyOrigin = defineRule({
  id: 'PY-CORS-FLASK-ANY-ORIGIN',
  title: 'flask-cors lets any site make credentialed requests',
  cwe: [942, 346],
  asvs: { '5.0.0': ['V3.4.2'], '4.0.3': ['V14.5.3'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['flask'],
  needs: [{ kind: 'app_config' }, { kind: 'api', families: ['cors'] }],
  docs: {
    what:
      "Finds flask_cors.CORS(...) and @cross_origin(...) with supports_credentials=True while origins is '*' or left at its default (which is '*'), including origins given per resource.",
    why: "flask-cors then reflects the caller's Origin with Access-Control-Allow-Credentials: true, so any website can read your API's responses with the visitor's session cookie.",
    example: 'CORS(app, supports_credentials=True)',
    fix: 'CORS(app, origins=["https://app.example.com"], supports_credentials=True)',
    references: [
      'https://cwe.mitre.org/data/definitions/942.html',
      'https://flask-cors.readthedocs.io/en/latest/api.html',
      'https://portswigger.net/web-security/cors',
    ],
  },
  visit: {
    call(node, ctx) {
      if (isTestPath(ctx.path)) return;
      const name = ctx.names.qualifiedName(node.childForFieldName('function'));
      if (!name || !CORS_CALLS.has(name) || hasKeywordSplat(node)) return;
      const credentials = ctx.constant(keywordValue(node, 'supports_credentials'));
      if (credentials?.kind !== 'bool' || !credentials.value) return;
      const origins = keywordValue(node, 'origins');
      const resources = keywordValue(node, 'resources');
      const wide: SyntaxNode[] = [];
      if (resources?.type === 'dictionary') {
        for (const pair of resources.namedChildren) {
          const opts = pair.type === 'pair' ? pair.childForFieldName('value') : null;
          if (opts?.type !== 'dictionary') continue;
          const o = opts.namedChildren.find((p) => {
            const key = p.type === 'pair' ? ctx.constant(p.childForFieldName('key')) : undefined;
            return key?.kind === 'str' && key.value === 'origins';
          });
          const value = o?.childForFieldName('value') ?? undefined;
          // A resource without its own origins falls back to the call's origins.
          if (value ? originsValue(value, ctx, true) === 'wildcard' : !origins || originsValue(origins, ctx, true) === 'wildcard') wide.push(pair);
        }
        if (wide.length > 0) {
          ctx.report(node, { message: `${name.split('.').pop()}(supports_credentials=True) with resources open to every origin: any site can read responses made with the user's cookies` });
        }
        return;
      }
      // flask-cors reads origin strings as regular expressions.
      if (!origins || originsValue(origins, ctx, true) === 'wildcard') {
        ctx.report(node, {
          message: `${name.split('.').pop()}(supports_credentials=True) with ${origins ? `origins=${origins.text}` : "the default origins '*'"}: any site can read responses made with the user's cookies`,
        });
      }
    },
  },
});
