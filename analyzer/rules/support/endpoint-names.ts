// What an endpoint's path or handler name says about it: identity endpoints (login, signup, token,
// password reset, verification, webhooks) that must be reachable without a login, and privileged
// ones (admin, staff, roles, user management).
import type { Endpoint } from '../../../domain/index.js';

const IDENTITY = /(^|[/_.{-])(log_?in|sign_?in|log_?out|sign_?out|sign_?up|register|registration|password|passwd|reset|forgot|recover|verify|verification|confirm|activate|activation|token|oauth2?|callback|sso|saml|openid|webhooks?|hooks?|csrf|health|healthz|ping|status|subscribe|unsubscribe|otp|mfa|2fa|invite|invitation)(s?)($|[/_.}-])/i;
const AUTH = /(^|[/_.-])(log_?in|sign_?in|token|password|passwd|reset|forgot|otp|mfa|2fa|verify|verification|sign_?up|register|registration)($|[/_.-])/i;
const PRIVILEGED = /(^|\/)(admin|administration|staff|superusers?|manage|management|moderation|moderators?|internal|sudo|impersonate|roles?|permissions?)(\/|$)/i;
const PRIVILEGED_NAME = /(^|_)(admin|staff|superuser|impersonate|promote|demote|grant|revoke|set_role|change_role|ban)(_|$)/i;

function handlerName(e: Endpoint): string {
  return e.handler.name.split('.').slice(-2).join('.');
}

/** Establishes or checks identity, or is a machine-to-machine hook: must be open, by design. */
export function isIdentityEndpoint(e: Endpoint): boolean {
  return IDENTITY.test(e.path) || IDENTITY.test(handlerName(e).replace(/\./g, '_'));
}

/** Login, token, password reset, OTP, verification and registration endpoints. */
export function isAuthenticationEndpoint(e: Endpoint): boolean {
  if (/(^|[/_.-])(log_?out|sign_?out)($|[/_.-])/i.test(e.path + ' ' + handlerName(e))) return false;
  return AUTH.test(e.path) || AUTH.test(handlerName(e).replace(/\./g, '_'));
}

/** Which privileged word the path or handler carries, or null. */
export function privilegedWord(e: Endpoint): string | null {
  const p = PRIVILEGED.exec(e.path);
  if (p) return p[2]!;
  const n = PRIVILEGED_NAME.exec(e.handler.name.split('.').pop() ?? '');
  return n ? n[2]! : null;
}

export function describe(e: Endpoint): string {
  return `${e.methods.join('/')} ${e.path}`;
}
