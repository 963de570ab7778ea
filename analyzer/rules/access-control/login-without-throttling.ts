import { defineRule } from '../../rule.js';
import { FRAMEWORKS, isStateChanging } from '../../../domain/index.js';
import type { Endpoint } from '../../../domain/index.js';
import type { EndpointView } from '../../endpoints/rule-context.js';
import type { HandlerChecks } from '../../endpoints/handler-checks.js';
import type { ProjectIndex } from '../../endpoints/project.js';
import { describe, isAuthenticationEndpoint } from '../support/endpoint-names.js';
import { routeUnknown } from '../support/unreached-views.js';
import { isTestPath } from '../support/test-paths.js';

/** Rate-limit and lockout libraries: a project that imports or configures one may apply it where Assay cannot see. */
const LIMITER_LIBRARY = /^(?:flask_limiter|slowapi|django_ratelimit|ratelimit|fastapi_limiter|axes|defender|limits|rest_framework\.throttling)(?:\.|$)/;

/**
 * Any sign that the project limits attempts somewhere: a throttled endpoint, a limiter or lockout
 * library in use, DRF throttle classes on a class, a hand-written failure counter. Where one is
 * seen, an unthrottled login may be limited in a way the scan does not follow: a hotspot.
 */
const limitSeen = new WeakMap<ProjectIndex, string | null>();

function projectLimit(view: EndpointView): string | null {
  if (view.project.lockout) return view.project.lockout;
  const throttled = view.project.peers.find((p) => p.throttled);
  if (throttled) return `${describe(throttled)} is throttled`;
  if (!limitSeen.has(view.index)) limitSeen.set(view.index, indexLimit(view.index));
  return limitSeen.get(view.index)!;
}

function indexLimit(index: ProjectIndex): string | null {
  for (const f of index.files) {
    const q = f.called.find((c) => LIMITER_LIBRARY.test(c)) ?? Object.values(f.assigns).map((v) => (v.k === 'call' ? v.q : '')).find((c) => c && LIMITER_LIBRARY.test(c));
    if (q) return `${f.path} uses ${q}`;
    const c = f.classes.find((k) => k.attrs['throttle_classes']);
    if (c) return `${c.q} declares throttle_classes`;
    const fn = f.functions.find((x) => x.checks.countsFailures);
    if (fn) return `${fn.q} counts failed attempts (${fn.checks.countsFailures!.text} on line ${fn.checks.countsFailures!.line})`;
  }
  return null;
}

/**
 * A mailed link's token in the path (`reset/{uidb64}/{token}`): the server generated it (an HMAC, a long
 * random value), so the form behind it checks nothing a person chose; one that also takes a password
 * checks that credential and stays a candidate.
 */
const LINK_TOKEN = /^(?!t?otp|sms|pin)(?:\w+_)?token$/i;

function mailedLinkOnly(e: Endpoint, checks: HandlerChecks | null): boolean {
  return !checks?.authenticates && e.params.some((p) => LINK_TOKEN.test(p.name));
}

// A handler that checks a credential is a login whatever it is named (`AuthHandler.do_POST` behind a
// catch-all route that tests `self.path` itself). Only a logged-in caller reaching it makes it no
// login, whatever its name: a password change re-checking the current password, a view deleting
// the user's own tokens, an app registration form for signed-in developers.
// The handler's own check does not count: a login turns away a caller whose password is wrong.
function candidate(view: EndpointView, e: Endpoint, checks: HandlerChecks | null): boolean {
  // Routes declared or handled only in test code are not deployed.
  if (isTestPath(e.handler.file)) return false;
  return !e.throttled && isStateChanging(e) && !loggedInOnly(e) && (isAuthenticationEndpoint(e) || !!checks?.authenticates) && !clientCredentialOnly(view, e, checks) && !mailedLinkOnly(e, checks) && !providerVerified(checks);
}

/**
 * An OAuth client authenticates by the secret the server generated for it (RFC 7009 revocation, RFC 7662
 * introspection, a view protected by client credentials): a long random value, not a password a person
 * chose, so guessing it is no attack a rate limit stops, and the endpoint is no login.
 */
const CLIENT_PROTECTED = /^ClientProtected\w*$/;

function clientCredentialOnly(view: EndpointView, e: Endpoint, checks: HandlerChecks | null): boolean {
  if (checks?.clientAuthenticated && !checks.authenticates) return true;
  const owner = e.handler.name.split('.').slice(0, -1).join('.');
  if (!owner || !view.index.cls(owner)) return false;
  const lineage = view.index.lineage(owner);
  return [...lineage.classes.map((c) => c.fact.name), ...lineage.external.map((q) => q.split('.').pop() ?? '')].some((n) => CLIENT_PROTECTED.test(n));
}

/**
 * Sign-in through an identity provider: the handler hands the provider's token or assertion on and
 * completes a social login (django-allauth, python-social-auth) without checking a credential of its
 * own. The provider verified what the caller sent; nothing here checks a value a person chose.
 */
const SOCIAL_COMPLETION = new Set(['allauth.socialaccount.helpers.complete_social_login', 'social_core.actions.do_complete']);

function providerVerified(checks: HandlerChecks | null): boolean {
  return !checks?.authenticates && !!checks?.calls?.some((c) => SOCIAL_COMPLETION.has(c.q));
}

function loggedInOnly(e: Endpoint): boolean {
  return e.authentication === 'required' && e.guards.some((g) => g.authentication === 'required' && g.kind !== 'handler_check');
}

function check(view: EndpointView) {
  const e = view.endpoint;
  const checksOf = (p: Endpoint) => (p === e ? view.checks : view.index.fn(p.handler.name)?.fact.checks ?? null);
  if (view.project.lockout || !candidate(view, e, view.checks)) return null;
  // One finding per view: a class answering POST and PUT (Django's ProcessFormView.put calls post) is
  // one form, reported on the method that checks the credential, else the first.
  const same = view.project.peers.filter((p) => p.framework === e.framework && p.path === e.path && candidate(view, p, checksOf(p)));
  const rep = same.find((p) => checksOf(p)?.authenticates) ?? same[0];
  if (rep && rep !== e) return null;
  const c = view.checks;
  // The handler limits its own attempts.
  if (c?.countsFailures) return null;
  const shown = describe({ ...e, methods: [...new Set(same.flatMap((p) => p.methods))] });
  const limit = projectLimit(view);
  const unreached = routeUnknown(view);
  if (!unreached && c?.authenticates && !limit) {
    return {
      kind: 'vulnerability' as const,
      message: `${shown} (${e.handler.name}) checks the caller's credentials (${c.authenticates.text} on line ${c.authenticates.line}) with no rate limit or lockout anywhere in the project (looked for DRF throttle classes and DEFAULT_THROTTLE_CLASSES, django-ratelimit, django-axes / django-defender, Flask-Limiter, slowapi, fastapi-limiter and hand-written failure counters): passwords or codes can be guessed as fast as the server answers`,
    };
  }
  const why = unreached
    ? 'no route of the scanned code reaches it'
    : !c?.authenticates
      ? 'Assay did not see the handler check a credential itself'
      : `the project limits attempts elsewhere (${limit})`;
  return {
    message: `${shown} (${e.handler.name}) takes credentials, codes or sign-ups with no rate limit or lockout Assay can see on it (looked for DRF throttle classes, django-ratelimit, django-axes / django-defender, Flask-Limiter, slowapi, fastapi-limiter, hand-written failure counters), but ${why}; check whether a proxy, WAF or the code it calls limits it`,
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
  frameworks: [...FRAMEWORKS],
  docs: {
    what:
      'Finds login, token, password reset, OTP or verification and registration endpoints (by path or handler name) that ' +
      'accept POST/PUT/PATCH and have no throttling in the inventory (DRF throttle classes, django-ratelimit, Flask-Limiter, ' +
      'slowapi, fastapi-limiter) while no lockout library (django-axes, django-defender) is installed and the handler counts no ' +
      'failed attempts itself; one finding per view, whatever methods it answers. A vulnerability when the evidence is complete: ' +
      'the endpoint is routed (or the scan reads no route of the project at all), its handler checks a credential (authenticate(), login(), check_password, a password hash\'s or ' +
      'TOTP\'s verify) and nothing in the project limits attempts (no throttled endpoint, no limiter or lockout library, no ' +
      'throttle_classes, no hand-written failure counter). Otherwise a hotspot: rate limits are often applied by a proxy, or ' +
      'by code the scan does not follow. Not reported: OAuth endpoints that authenticate the client by its generated secret ' +
      '(oauthlib revocation and introspection, ClientProtected… views), forms behind a mailed link\'s path token that check no password, ' +
      'sign-ins through an identity provider (the handler completes a django-allauth or python-social-auth login and checks no credential itself), ' +
      'and routes only test code declares.',
    why: 'Without a limit an attacker can try passwords, reset codes or stolen credential lists as fast as the server answers.',
    example: '@app.post("/login")\ndef login():\n    return check_password(request.form["user"], request.form["password"])',
    fix: '@app.post("/login")\n@limiter.limit("5/minute")\ndef login(): ...',
    references: ['https://cwe.mitre.org/data/definitions/307.html', 'https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/'],
  },
  endpoint: check,
});
