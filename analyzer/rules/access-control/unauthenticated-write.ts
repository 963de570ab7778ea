import { defineRule } from '../../rule.js';
import { FRAMEWORKS } from '../../../domain/index.js';
import { isStateChanging } from '../../../domain/index.js';
import type { EndpointView } from '../../endpoints/rule-context.js';
import { describe, isIdentityEndpoint, isWebhookEndpoint } from '../support/endpoint-names.js';
import { routeUnknown } from '../support/unreached-views.js';

/**
 * A webhook is called by a third party and has no user to log in: the signature is its only
 * credential. One that checks none and acts on the posted event (a write, or the event handed to a
 * project function) takes forged events from anyone, whether or not the rest of the project logs
 * users in.
 */
function unsignedWebhook(view: EndpointView) {
  const e = view.endpoint;
  const c = view.checks;
  if (!c || c.verifiesSender || !isWebhookEndpoint(e) || !isStateChanging(e)) return null;
  const act = c.writes ?? c.sqlWrites ?? c.calls?.find((x) => x.args.replace(/[()\s]/g, '') !== '') ?? null;
  if (!act) return null;
  return {
    message: `${describe(e)} is a webhook that acts on the posted event (${act.text} on line ${act.line}) without verifying its sender: no signature, HMAC or shared-secret check was found in ${e.handler.name}, so anyone can post a forged event`,
  };
}

/**
 * `POST /api/tokens` beside a `GET /api/tokens` that requires a login manages the caller's
 * credentials rather than issuing them: unless it checks one the caller sends (a login form), it is
 * no identity endpoint that must be open.
 */
function loggedInSibling(view: EndpointView): boolean {
  const e = view.endpoint;
  if (view.checks?.authenticates || view.checks?.verifiesSender) return false;
  return view.project.peers.some((p) => p !== e && p.path === e.path && p.authentication === 'required');
}

// A view no scanned route reaches, where the scan reads the project's routes, may be served behind a
// login the scan cannot see (a decorator applied where it is routed), or not at all: the open write
// is for a person to check, never a vulnerability.
function check(view: EndpointView) {
  const report = judge(view);
  if (!report || !routeUnknown(view)) return report;
  return { kind: 'hotspot' as const, message: `${report.message}. No route of the scanned code reaches this view, so whether it is served, and behind which guard, is not known: check where it is routed` };
}

// A DRF endpoint open through a declared AllowAny is PY-AUTHZ-DRF-ALLOWANY's; through DRF's own
// default (no permission_classes and no DEFAULT_PERMISSION_CLASSES) it is judged here.
function judge(view: EndpointView) {
  const e = view.endpoint;
  const c = view.checks;
  if (e.authentication !== 'none' || !c) return null;
  if (e.framework === 'drf' && !e.guards.some((g) => g.kind === 'permission_class' && g.source === 'default')) return null;
  // A webhook authenticates its sender by a signature; one that checks none is as open as any write.
  if (isIdentityEndpoint(e) && !(isWebhookEndpoint(e) && !c.verifiesSender) && !loggedInSibling(view)) return null;
  const unsigned = unsignedWebhook(view);
  if (unsigned) return unsigned;
  // A state-changing method that hands the request's data to the project's store acts on it as a write does.
  const writes = c.writes ?? c.sqlWrites ?? (isStateChanging(e) ? (c.handsToStore ?? c.systemEffect) : null);
  if (!writes || (!isStateChanging(e) && !e.methods.includes('GET'))) return null;
  const others = view.project.protectedPeers;
  const where = `(${writes.text} on line ${writes.line})`;
  if (view.project.loginByDefault) {
    return {
      message: `${describe(e)} changes stored data ${where} and is opened to anonymous callers (login_not_required, or outside the views the login middleware reaches), while the project requires a login everywhere else (${view.project.loginByDefault.split('.').pop()})`,
    };
  }
  if (others > 0) {
    return {
      message: `${describe(e)} changes stored data ${where} and nothing in front of ${e.handler.name} checks who calls it (no login, permission, session or token guard), while ${others} other endpoint${others === 1 ? '' : 's'} of this project require authentication`,
    };
  }
  return {
    kind: 'hotspot' as const,
    message: `${describe(e)} changes stored data ${where} and nothing in front of ${e.handler.name} checks who calls it; no endpoint of this project requires authentication, so check whether it is meant to be public or protected elsewhere (a proxy, middleware)`,
  };
}

export const unauthenticatedWrite = defineRule({
  id: 'PY-AUTH-UNAUTHENTICATED-WRITE',
  title: 'State-changing endpoint without authentication',
  cwe: [306, 862],
  asvs: { '5.0.0': ['V8.2.1'], '4.0.3': ['V4.1.3'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  // Every framework with an inventory: the rule reads endpoints, not framework APIs.
  frameworks: [...FRAMEWORKS],
  docs: {
    what:
      'Finds Django, Flask and FastAPI endpoints of the inventory whose authentication is `none` (Assay saw every ' +
      'decorator, mixin, hook and dependency in front of the handler and none checks the caller) and whose handler ' +
      'writes to storage (save, delete, create, update, commit). A vulnerability where other endpoints of the project ' +
      'require authentication; a hotspot where none does (the site may be public by design, or protected by a proxy), and ' +
      'for a view no route of the scanned code reaches while others are routed (it may be routed behind a login elsewhere, or not ' +
      'served); where the scan reads no route at all (a views module scanned alone) views are judged by their own guards. A write ' +
      'is an ORM or store call named for one (save, delete, create, set_…, calibrate…) or SQL that changes rows ' +
      '(`execute("UPDATE …")`), or, on a state-changing method, request data handed to an act-named store method or imported ' +
      'function (`run_backup(target=request.json[…])`), a file deleted or a system command run; never a lookup such as `STORE.get_index(…)`. ' +
      'Identity endpoints (login, signup, password reset, verification, health) are left out: they must be open (but not one ' +
      'whose path requires a login for its other methods and which checks no credential, such as `POST /api/tokens`); webhooks ' +
      'only when they verify a signature or HMAC of the sender. DRF endpoints are judged when DRF\'s own default (AllowAny) ' +
      'leaves them open; a declared AllowAny is PY-AUTHZ-DRF-ALLOWANY\'s.',
    why: 'Anyone who finds the URL can change or delete the data it manages, without an account.',
    example: '@require_POST\ndef update_price(request):\n    Product.objects.filter(pk=request.POST["pk"]).update(price=request.POST["price"])',
    fix: '@login_required\n@permission_required("shop.change_product")\n@require_POST\ndef update_price(request): ...',
    references: ['https://cwe.mitre.org/data/definitions/306.html', 'https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/'],
  },
  endpoint: check,
});
