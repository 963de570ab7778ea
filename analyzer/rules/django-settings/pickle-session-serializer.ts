import { defineRule } from '../../rule.js';
import { settingsModule } from './settings-model.js';

const PICKLE = 'django.contrib.sessions.serializers.PickleSerializer';
const COOKIE_ENGINE = 'django.contrib.sessions.backends.signed_cookies';

export const djangoPickleSessions = defineRule({
  id: 'PY-DJANGO-PICKLE-SESSIONS',
  title: 'Sessions serialized with pickle',
  cwe: [502],
  asvs: { '5.0.0': ['V1.5.2'], '4.0.3': ['V5.5.3'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what:
      "Finds SESSION_SERIALIZER = 'django.contrib.sessions.serializers.PickleSerializer' (removed in Django 5.0). With SESSION_ENGINE = signed_cookies the session data comes back from the browser, and the finding is raised to critical.",
    why: 'Whoever can write session data (anyone who knows SECRET_KEY when sessions live in signed cookies, or anyone with access to the session store) gets pickle to run code of their choosing on the server.',
    example: "SESSION_SERIALIZER = 'django.contrib.sessions.serializers.PickleSerializer'",
    fix: "Remove the line: the default JSONSerializer stores only JSON types.",
    references: [
      'https://cwe.mitre.org/data/definitions/502.html',
      'https://docs.djangoproject.com/en/4.2/topics/http/sessions/#session-serialization',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || model.role === 'test') return;
      const v = model.setting('SESSION_SERIALIZER');
      if (v.state !== 'known' || v.value.kind !== 'str' || v.value.value !== PICKLE) return;
      const engine = model.setting('SESSION_ENGINE');
      const inCookies = engine.state === 'known' && engine.value.kind === 'str' && engine.value.value === COOKIE_ENGINE;
      ctx.report(v.node.parent ?? v.node, {
        message: inCookies
          ? 'Sessions are pickled into signed cookies: anyone holding SECRET_KEY can make the server unpickle a payload of their choosing'
          : 'Sessions are serialized with pickle: whoever can write to the session store can run code on the server',
        ...(inCookies ? { severity: 'critical' as const } : {}),
      });
    },
  },
});
