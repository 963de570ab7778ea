import { defineRule } from '../../rule.js';
import { isDeployable, knownTruthy, settingsModule } from './settings-model.js';

// Regexes that match every origin, as people write them.
const MATCH_ALL = /^\^?(\.\*|\.\+|https?:\/\/\.\*|\(\.\*\)|\.\*\$?)\$?$/;

export const djangoCorsAnyOrigin = defineRule({
  id: 'PY-CORS-DJANGO-ANY-ORIGIN',
  title: 'django-cors-headers lets any site make credentialed requests',
  cwe: [942, 346],
  asvs: { '5.0.0': ['V3.4.2'], '4.0.3': ['V14.5.3'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what:
      'Finds django-cors-headers settings that allow every origin (CORS_ALLOW_ALL_ORIGINS or the old CORS_ORIGIN_ALLOW_ALL true, or an origin regex such as ".*") together with CORS_ALLOW_CREDENTIALS = True.',
    why: 'With credentials allowed, the middleware echoes the caller’s Origin back: any web page a logged-in user visits can read your API’s responses with the user’s cookies.',
    example: 'CORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True',
    fix: "CORS_ALLOWED_ORIGINS = ['https://app.example.com']\nCORS_ALLOW_CREDENTIALS = True",
    references: [
      'https://cwe.mitre.org/data/definitions/942.html',
      'https://github.com/adamchainz/django-cors-headers#configuration',
      'https://portswigger.net/web-security/cors',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const credentials = model.setting('CORS_ALLOW_CREDENTIALS');
      if (credentials.state !== 'known' || knownTruthy(credentials) !== true) return;
      for (const name of ['CORS_ALLOW_ALL_ORIGINS', 'CORS_ORIGIN_ALLOW_ALL']) {
        const v = model.setting(name);
        if (v.state === 'known' && knownTruthy(v) === true) {
          ctx.report(v.node.parent ?? v.node, { message: `${name} is True with CORS_ALLOW_CREDENTIALS = True: any origin can read responses made with the user's cookies` });
        }
      }
      for (const name of ['CORS_ALLOWED_ORIGIN_REGEXES', 'CORS_ORIGIN_REGEX_WHITELIST']) {
        const right = model.assignment(name);
        if (!right || (right.type !== 'list' && right.type !== 'tuple')) continue;
        for (const item of right.namedChildren) {
          const v = ctx.constant(item);
          if (v?.kind === 'str' && MATCH_ALL.test(v.value)) {
            ctx.report(item, { message: `${name} has ${item.text}, which matches every origin, with CORS_ALLOW_CREDENTIALS = True` });
          }
        }
      }
    },
  },
});
