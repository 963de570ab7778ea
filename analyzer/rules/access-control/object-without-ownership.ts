import { defineRule } from '../../rule.js';
import { FRAMEWORKS } from '../../../domain/index.js';
import type { EndpointView } from '../../endpoints/rule-context.js';
import { describe } from '../support/endpoint-names.js';
import { fetchScoped, type FetchEvidence, type HandlerChecks } from '../../endpoints/handler-checks.js';
import { isLoginNamedGuard } from '../../endpoints/guards.js';
import type { EndpointReport } from '../../endpoints/rule-context.js';

const LOOKED_FOR = 'an owner, user or tenant filter in the fetch (owner=request.user, Model.owner_id == user.id), a comparison with the caller that turns others away, has_object_permission / check_object_permissions, a get_queryset filtered by the user, or a role or permission check';

/** Where an id can come from besides the URL: the body or query string. */
const REQUEST_ID = /\brequest\.(?:POST|GET|data|query_params|args|form|json|values|get_json\s*\(\s*\))|\bself\.kwargs\b/;
/** Records that usually belong to one user or account: reading another's is the leak itself. */
const PRIVATE_RECORD = /(?:Invoice|Order|Payment|Payout|Account|Transaction|Transfer|Statement|Document|File|Attachment|Message|Note|Profile|Address|Booking|Reservation|Subscription|Ticket|Report|Contract|Wallet|Card|Receipt|Upload|Conversation|Cart|Customer|Shipment|Delivery|Parcel)s?$/;

const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** In a helper, a filter on an owner-like column by any value the caller passes in scopes the fetch (`Report.tenant_id == tenant_id`). */
const HELPER_SCOPE = /\b(?:owner|user|author|tenant|account|customer|member|holder|created_by|organization|org|requester|recipient)(?:_id)?\s*(?:==|=)\s*\w+/;
const NOT_REQUEST_PARAMS = new Set(['self', 'cls', 'request', 'req']);

/** Authentication required, or left unknown only by the project's own dependency named for a login (`Depends(get_current_user)` from a module not read). */
function authenticated(view: EndpointView): boolean {
  const e = view.endpoint;
  if (e.authentication === 'required') return !e.guards.some((g) => g.authentication === 'unknown' && !isLoginNamedGuard(g.name));
  return e.authentication === 'unknown' && e.guards.some((g) => g.authentication === 'unknown') && e.guards.every((g) => g.authentication !== 'unknown' || isLoginNamedGuard(g.name));
}

function unguarded(c: HandlerChecks): boolean {
  return !(c.objectCheck || c.role || c.perm || c.gate?.role || c.ownerGate);
}

/** The names the client supplies: the route's parameters and the handler's own (a view routed elsewhere has no route to read them from). */
function clientNames(view: EndpointView): string[] {
  const own = view.index.fn(view.endpoint.handler.name)?.fact.params ?? [];
  const supplied = own.filter((p) => !NOT_REQUEST_PARAMS.has(p.name) && !(p.default?.k === 'call' && /(?:^|\.)(?:Depends|Security)$/.test(p.default.q ?? '')));
  return [...new Set([...view.endpoint.params.map((p) => p.name), ...supplied.map((p) => p.name)])];
}

function report(view: EndpointView, f: FetchEvidence, from: string, writes: boolean, via = ''): EndpointReport {
  const e = view.endpoint;
  const what = f.via ? `a ${f.via === 'sql' ? 'row' : 'record'} of ${f.model}` : f.model ? `${/^[AEIOU]/.test(f.model) ? 'an' : 'a'} ${f.model}` : 'an object';
  const message = `${describe(e)}: ${e.handler.name} fetches ${what} by ${from}${via} (${f.text}, line ${f.line}) and ${writes ? 'changes' : 'returns'} it for any logged-in caller; looked for ${LOOKED_FOR} and found none`;
  const line = via ? {} : { line: f.line, text: f.text };
  if (writes) return { ...line, message };
  if (f.model && PRIVATE_RECORD.test(f.model.charAt(0).toUpperCase() + f.model.slice(1))) return { ...line, message: `${message}; ${f.model} records usually belong to one user or account` };
  return { ...line, kind: 'hotspot' as const, message: `${message}: check whether these objects are private` };
}

/** A service or repository function the handler hands a client-supplied id to, which fetches by it unscoped. */
function viaHelper(view: EndpointView, names: readonly string[]): EndpointReport | null {
  const c = view.checks!;
  for (const call of c.calls ?? []) {
    const passes = names.some((n) => new RegExp(`\\b${escape(n)}\\b`).test(call.args)) || REQUEST_ID.test(call.args);
    if (!passes) continue;
    const helper = view.index.fn(call.q);
    if (!helper || helper.fact.q === view.endpoint.handler.name || !unguarded(helper.fact.checks)) continue;
    const params = helper.fact.params.map((p) => p.name);
    for (const f of helper.fact.checks.objectFetches ?? []) {
      if (!f.model || fetchScoped(f) || HELPER_SCOPE.test(f.statement)) continue;
      const param = params.find((p) => new RegExp(`\\b${escape(p)}\\b`).test(f.statement));
      if (!param) continue;
      return { ...report(view, f, `the id it passes to ${helper.fact.name}()`, !!(helper.fact.checks.writes || c.writes), ` in ${helper.file.path}`), line: call.line, text: call.text };
    }
  }
  return null;
}

function check(view: EndpointView) {
  const e = view.endpoint;
  const c = view.checks;
  if (!c || !authenticated(view)) return null;
  if (!unguarded(c)) return null;
  if (e.authorization.length > 0) return null;
  const names = clientNames(view);
  for (const f of c.objectFetches ?? (c.objectFetch ? [c.objectFetch] : [])) {
    if (f.implicit ? c.userScoped : fetchScoped(f)) continue;
    // A store or SQL lookup names no model class: the client value it uses is what makes it a fetch by id.
    if (f.via) {
      if (f.scoped) continue;
      const param = names.find((p) => new RegExp(`\\b${escape(p)}\\b`).test(f.statement));
      if (!param && !f.client) continue;
      // No model class says what the rows are: only a kind that belongs to someone, or a change, is reported.
      if (!c.writes && !PRIVATE_RECORD.test(f.model!.charAt(0).toUpperCase() + f.model!.slice(1))) continue;
      return report(view, f, param ? `{${param}} from the request` : `${f.client} from the request`, !!c.writes);
    }
    // A fetch from a queryset variable (`get_object_or_404(qs, pk=pk)`) may be scoped where qs is built.
    if (!f.implicit && !f.model) continue;
    const param = names.find((p) => new RegExp(`\\b${escape(p)}\\b`).test(f.statement));
    const from = f.implicit ? "the URL's lookup kwarg, through the view's queryset" : param ? `{${param}} from the request` : REQUEST_ID.test(f.statement) ? 'an id from the request' : null;
    if (!from) continue;
    return report(view, f, from, !!c.writes);
  }
  return viaHelper(view, names);
}

export const objectWithoutOwnership = defineRule({
  id: 'PY-AUTHZ-IDOR',
  title: 'Object fetched by an id from the URL without an ownership check',
  cwe: [639],
  asvs: { '5.0.0': ['V8.2.2'], '4.0.3': ['V4.2.1'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  // Every framework with an inventory: the rule reads endpoints, not framework APIs.
  frameworks: [...FRAMEWORKS],
  docs: {
    what:
      'Finds authenticated endpoints whose handler fetches a model object by an id from the URL, the body or the query ' +
      'string (`Model.objects.get(pk=pk)`, `get_object_or_404(Model, id=…)`, `session.get(Model, id)`, `Model.query.get(id)`, ' +
      '`delete(Model).where(Model.id == id)`), and generic detail views (DRF retrieve/update/destroy, Django Detail/Update/' +
      'DeleteView) whose queryset is not filtered by the caller, with no owner, user or tenant filter in the fetch, no ' +
      'comparison with the caller that turns others away, no object permission check and no role check. A vulnerability ' +
      'when the handler then changes the object, or returns a record of a kind that belongs to one user (invoice, order, ' +
      'account, document, message, profile …); a hotspot when it only returns another kind (the objects may be public). ' +
      'The id may also be handed to a service or repository function of the project that fetches by it unscoped (a filter on ' +
      'an owner, user or tenant column there counts as scoping). Authenticated means a login guard Assay reads, or the ' +
      'project\'s own dependency named for one (`Depends(get_current_user)` from a module the scan does not contain).',
    why: 'Any account can read or change any other account\'s records by changing the id in the URL (IDOR / OWASP API1 BOLA).',
    example: '@login_required\ndef cancel_order(request, pk):\n    order = Order.objects.get(pk=pk)\n    order.status = "cancelled"\n    order.save()',
    fix: 'order = get_object_or_404(Order, pk=pk, customer=request.user)',
    references: ['https://cwe.mitre.org/data/definitions/639.html', 'https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/'],
  },
  endpoint: check,
});
