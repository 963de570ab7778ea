import { defineRule } from '../../rule.js';
import { isStateChanging } from '../../../domain/index.js';
import type { EndpointView } from '../../endpoints/rule-context.js';
import { describe, isAuthenticationEndpoint } from '../support/endpoint-names.js';

function check(view: EndpointView) {
  const e = view.endpoint;
  if (e.throttled || view.project.lockout || !isStateChanging(e) || !isAuthenticationEndpoint(e)) return null;
  return {
    message: `${describe(e)} (${e.handler.name}) takes credentials, codes or sign-ups with no rate limit or lockout Assay can see (looked for DRF throttle classes, django-ratelimit, django-axes / django-defender, Flask-Limiter, slowapi, fastapi-limiter); check whether a proxy or WAF limits it`,
  };
}

export const loginWithoutThrottling = defineRule({
  id: 'PY-AUTH-NO-THROTTLE',
  title: 'Authentication endpoint without throttling or lockout',
  cwe: [307],
  asvs: { '5.0.0': ['V6.3.1'], '4.0.3': ['V2.2.1'] },
  severity: 'medium',
  confidence: 'low',
  kind: 'hotspot',
  frameworks: ['django', 'drf', 'flask', 'fastapi'],
  docs: {
    what:
      'Finds login, token, password reset, OTP or verification and registration endpoints (by path or handler name) that ' +
      'accept POST/PUT/PATCH and have no throttling in the inventory (DRF throttle classes, django-ratelimit, Flask-Limiter, ' +
      'slowapi, fastapi-limiter) while no lockout library (django-axes, django-defender) is installed. Always a hotspot: ' +
      'rate limits are often applied by a proxy the code does not show.',
    why: 'Without a limit an attacker can try passwords, reset codes or stolen credential lists as fast as the server answers.',
    example: '@app.post("/login")\ndef login(): ...',
    fix: '@app.post("/login")\n@limiter.limit("5/minute")\ndef login(): ...',
    references: ['https://cwe.mitre.org/data/definitions/307.html', 'https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/'],
  },
  endpoint: check,
});
