import { defineRule } from '../../rule.js';
import type { RuleContext } from '../../rule.js';
import { isBool, isDeployable, knownTruthy, settingsModule, type SettingsModule } from './settings-model.js';
import { hasMiddleware, SECURITY_MIDDLEWARE } from './middleware.js';

const ONE_YEAR = 365 * 24 * 60 * 60;

/** W005/W021: a companion flag that only matters once HSTS is on. */
function checkFlag(model: SettingsModule, ctx: RuleContext, name: string, message: string, severity: 'low' | 'info'): void {
  const seconds = model.setting('SECURE_HSTS_SECONDS');
  if (seconds.state !== 'known' || knownTruthy(seconds) !== true) return;
  const flag = model.setting(name);
  if (flag.state === 'unknown' || isBool(flag, true)) return;
  // Unset here but the module imports another settings module wholesale: it may be set there.
  if (flag.state === 'unset' && model.starImport) return;
  const at = flag.state === 'known' ? flag.node : seconds.node;
  ctx.report(at.parent ?? at, { message, severity });
}

export const djangoHsts = defineRule({
  id: 'PY-DJANGO-HSTS',
  title: 'HTTP Strict Transport Security is off or partial',
  cwe: [319, 523],
  asvs: { '5.0.0': ['V3.4.1', 'V3.7.4'], '4.0.3': ['V14.4.5'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what:
      'Finds Django settings that send no Strict-Transport-Security header (SECURE_HSTS_SECONDS unset or 0 while SecurityMiddleware is on: check security.W004), a max-age under one year, HSTS without SECURE_HSTS_INCLUDE_SUBDOMAINS (security.W005) and without SECURE_HSTS_PRELOAD (security.W021).',
    why: 'Without HSTS a user who types the bare domain or follows an http:// link talks plain HTTP first, and an attacker on the network can strip TLS from the whole session. Subdomains left out can set cookies for the parent domain over HTTP.',
    example: 'SECURE_HSTS_SECONDS = 0',
    fix: 'SECURE_HSTS_SECONDS = 31536000\nSECURE_HSTS_INCLUDE_SUBDOMAINS = True\nSECURE_HSTS_PRELOAD = True  # once every subdomain serves HTTPS',
    references: [
      'https://cwe.mitre.org/data/definitions/319.html',
      'https://docs.djangoproject.com/en/stable/ref/middleware/#http-strict-transport-security',
      'https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Strict_Transport_Security_Cheat_Sheet.html',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      // Without SecurityMiddleware nothing sends the header: PY-DJANGO-SECURITY-MIDDLEWARE says so.
      if (!hasMiddleware(model, SECURITY_MIDDLEWARE)) return;
      const seconds = model.setting('SECURE_HSTS_SECONDS');
      if (seconds.state === 'unset') {
        if (model.absenceConfidence) {
          ctx.report(model.anchor(), {
            message: 'SECURE_HSTS_SECONDS is never set, so no Strict-Transport-Security header is sent (Django check security.W004)',
            confidence: model.absenceConfidence,
          });
        }
        return;
      }
      if (seconds.state !== 'known') return;
      const value = seconds.value.kind === 'int' || seconds.value.kind === 'float' ? seconds.value.value : null;
      if (knownTruthy(seconds) === false) {
        ctx.report(seconds.node.parent ?? seconds.node, {
          message: `SECURE_HSTS_SECONDS is ${seconds.node.text}: no Strict-Transport-Security header is sent (Django check security.W004)`,
        });
        return;
      }
      if (value !== null && value < ONE_YEAR) {
        ctx.report(seconds.node.parent ?? seconds.node, {
          message: `SECURE_HSTS_SECONDS is ${value}, less than the one year (31536000) that ASVS asks for`,
          severity: 'low',
        });
      }
      checkFlag(model, ctx, 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'HSTS is on but SECURE_HSTS_INCLUDE_SUBDOMAINS is not True: subdomains stay reachable over HTTP (Django check security.W005)', 'low');
      checkFlag(model, ctx, 'SECURE_HSTS_PRELOAD', 'HSTS is on but SECURE_HSTS_PRELOAD is not True: the site cannot join the browsers’ preload list (Django check security.W021)', 'info');
    },
  },
});
