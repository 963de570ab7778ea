import { defineRule } from '../../rule.js';
import type { EndpointView } from '../../endpoints/rule-context.js';
import { describe } from '../support/endpoint-names.js';
import { fetchScoped } from '../../endpoints/handler-checks.js';

const LOOKED_FOR = 'an owner, user or tenant filter in the fetch (owner=request.user, Model.owner_id == user.id), a comparison with the caller that turns others away, has_object_permission / check_object_permissions, a get_queryset filtered by the user, or a role or permission check';

/** Where an id can come from besides the URL: the body or query string. */
const REQUEST_ID = /\brequest\.(?:POST|GET|data|query_params|args|form|json|values|get_json\s*\(\s*\))|\bself\.kwargs\b/;
/** Records that usually belong to one user or account: reading another's is the leak itself. */
const PRIVATE_RECORD = /(?:Invoice|Order|Payment|Payout|Account|Transaction|Transfer|Statement|Document|File|Attachment|Message|Note|Profile|Address|Booking|Reservation|Subscription|Ticket|Report|Contract|Wallet|Card|Receipt|Upload|Conversation|Cart|Customer)s?$/;

const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function check(view: EndpointView) {
  const e = view.endpoint;
  const c = view.checks;
  if (!c || e.authentication !== 'required') return null;
  if (c.objectCheck || c.role || c.perm || c.gate?.role || c.ownerGate) return null;
  if (e.authorization.length > 0 || e.guards.some((g) => g.authentication === 'unknown')) return null;
  for (const f of c.objectFetches ?? (c.objectFetch ? [c.objectFetch] : [])) {
    if (f.implicit ? c.userScoped : fetchScoped(f)) continue;
    // A fetch from a queryset variable (`get_object_or_404(qs, pk=pk)`) may be scoped where qs is built.
    if (!f.implicit && !f.model) continue;
    const param = e.params.find((p) => new RegExp(`\\b${escape(p.name)}\\b`).test(f.statement));
    const from = f.implicit ? "the URL's lookup kwarg, through the view's queryset" : param ? `{${param.name}} from the URL` : REQUEST_ID.test(f.statement) ? 'an id from the request' : null;
    if (!from) continue;
    const what = f.model ? `a ${f.model}` : 'an object';
    const action = c.writes ? 'changes' : 'returns';
    const message = `${describe(e)}: ${e.handler.name} fetches ${what} by ${from} (${f.text}, line ${f.line}) and ${action} it for any logged-in caller; looked for ${LOOKED_FOR} and found none`;
    if (c.writes) return { line: f.line, text: f.text, message };
    if (f.model && PRIVATE_RECORD.test(f.model)) return { line: f.line, text: f.text, message: `${message}; ${f.model} records usually belong to one user or account` };
    return { line: f.line, text: f.text, kind: 'hotspot' as const, message: `${message}: check whether these objects are private` };
  }
  return null;
}

export const objectWithoutOwnership = defineRule({
  id: 'PY-AUTHZ-IDOR',
  title: 'Object fetched by an id from the URL without an ownership check',
  cwe: [639],
  asvs: { '5.0.0': ['V8.2.2'], '4.0.3': ['V4.2.1'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  frameworks: ['django', 'drf', 'flask', 'fastapi'],
  docs: {
    what:
      'Finds authenticated endpoints whose handler fetches a model object by an id from the URL, the body or the query ' +
      'string (`Model.objects.get(pk=pk)`, `get_object_or_404(Model, id=…)`, `session.get(Model, id)`, `Model.query.get(id)`, ' +
      '`delete(Model).where(Model.id == id)`), and generic detail views (DRF retrieve/update/destroy, Django Detail/Update/' +
      'DeleteView) whose queryset is not filtered by the caller, with no owner, user or tenant filter in the fetch, no ' +
      'comparison with the caller that turns others away, no object permission check and no role check. A vulnerability ' +
      'when the handler then changes the object, or returns a record of a kind that belongs to one user (invoice, order, ' +
      'account, document, message, profile …); a hotspot when it only returns another kind (the objects may be public).',
    why: 'Any account can read or change any other account\'s records by changing the id in the URL (IDOR / OWASP API1 BOLA).',
    example: '@login_required\ndef cancel_order(request, pk):\n    order = Order.objects.get(pk=pk)\n    order.status = "cancelled"\n    order.save()',
    fix: 'order = get_object_or_404(Order, pk=pk, customer=request.user)',
    references: ['https://cwe.mitre.org/data/definitions/639.html', 'https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/'],
  },
  endpoint: check,
});
