// What an endpoint's path or handler name says about it: identity endpoints (login, signup, token,
// password reset, verification, webhooks) that must be reachable without a login, and privileged
// ones (admin, staff, roles, user management).
import type { Endpoint } from '../../../domain/index.js';
import { UNROUTED_PREFIX } from '../../../domain/index.js';

const IDENTITY = /(^|[/_.{-])(log_?in|sign_?in|log_?out|sign_?out|sign_?up|register|registration|password|passwd|(?<!(?:factory|device|hard|cache|counter|stats|config|settings|system)[-_])reset|forgot|recover|verify|verification|confirm|activate|activation|token|oauth2?|callback|sso|saml|openid|webhooks?|hooks?|csrf|health|healthz|ping|status|subscribe|unsubscribe|otp|mfa|2fa|invite|invitation)(s?)($|[/_.}-])/i;
const AUTH = /(^|[/_.-])(log_?in|sign_?in|token|password|passwd|(?<!(?:factory|device|hard|cache|counter|stats|config|settings|system)[-_])reset|forgot|otp|mfa|2fa|verify|verification|sign_?up|register|registration)($|[/_.-])/i;
const PRIVILEGED = /(^|\/)(admin|administration|staff|superusers?|manage|management|moderation|moderators?|internal|sudo|impersonate|roles?|permissions?|maintenance)(\/|$)/i;
// Not "operator": an operations or inventory app calls every ordinary user that (current_operator).
const ROLE_GUARD = /(^|_)(admin|staff|superuser|moderator)s?(_|$)/i;
const PRIVILEGED_NAME = /(^|_)(admin|staff|superuser|impersonate|promote|demote|grant|revoke|set_role|change_role|ban|deactivate|suspend|maintenance)(_|$)/i;

/** The URL path's words: an unrouted view has only the suffix its framework would add (`/{pk}/approve`). */
function routePath(e: Endpoint): string {
  if (!e.path.startsWith('(')) return e.path;
  const slash = e.path.indexOf('/');
  return slash < 0 ? '' : e.path.slice(slash);
}

/** The function's name, with its class for a method: the module a view sits in says nothing about what it does. */
function handlerName(e: Endpoint): string {
  const parts = e.handler.name.split('.');
  const owner = parts[parts.length - 2];
  return owner && /^[A-Z]/.test(owner) ? parts.slice(-2).join('.') : parts[parts.length - 1]!;
}

/** Establishes or checks identity, or is a machine-to-machine hook: must be open, by design. */
export function isIdentityEndpoint(e: Endpoint): boolean {
  return IDENTITY.test(routePath(e)) || IDENTITY.test(handlerName(e).replace(/\./g, '_'));
}

/** A machine-to-machine hook (payment, CI, chat webhooks): open by design only when it verifies its sender. */
export function isWebhookEndpoint(e: Endpoint): boolean {
  const re = /(^|[/_.{-])(webhooks?|hooks?)($|[/_.}-])/i;
  return re.test(routePath(e)) || re.test(handlerName(e).replace(/\./g, '_'));
}

/** Login, token, password reset, OTP, verification and registration endpoints. */
export function isAuthenticationEndpoint(e: Endpoint): boolean {
  if (/(^|[/_.-])(log_?out|sign_?out)($|[/_.-])/i.test(routePath(e) + ' ' + handlerName(e))) return false;
  // A class's words are joined by case (`VerifyOtpView.post`), a function's by underscores.
  return AUTH.test(routePath(e)) || AUTH.test(handlerName(e).replace(/\./g, '_').replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_'));
}

/** Which privileged word the path or handler carries, or null. */
export function privilegedWord(e: Endpoint): string | null {
  const p = PRIVILEGED.exec(routePath(e));
  if (p) return p[2]!;
  const n = PRIVILEGED_NAME.exec(e.handler.name.split('.').pop() ?? '');
  if (n) return n[2]!;
  // A method of a class named for administration (`AdminApp.grant`, `StaffUserView.post`).
  const owner = e.handler.name.split('.').slice(-2, -1)[0] ?? '';
  const c = /^[A-Z]/.test(owner) ? PRIVILEGED_NAME.exec(owner.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_').toLowerCase()) : null;
  if (c) return c[2]!;
  // A guard named for a role (`@staff_only`, `@admin_required`) says who the endpoint is meant for,
  // even when its code only checks that someone is logged in.
  for (const g of e.guards) {
    const r = g.authentication === 'required' ? ROLE_GUARD.exec(g.name.split('.').pop() ?? '') : null;
    if (r) return r[2]!.toLowerCase();
  }
  return null;
}

export function describe(e: Endpoint): string {
  // `POST (unrouted) shop.views.cancel` reads as a URL; say what it is.
  if (e.path.startsWith(UNROUTED_PREFIX)) return `${e.methods.join('/')} on ${e.path.slice(UNROUTED_PREFIX.length + 1)} (a view no route of the scanned code reaches)`;
  return `${e.methods.join('/')} ${e.path}`;
}
