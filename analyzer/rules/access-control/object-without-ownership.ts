import { defineRule } from '../../rule.js';
import type { EndpointView } from '../../endpoints/rule-context.js';
import { describe } from '../support/endpoint-names.js';

const LOOKED_FOR = 'a filter on request.user / current_user / owner=, has_object_permission, check_object_permissions, a get_queryset filtered by the user, or a role check';

function check(view: EndpointView) {
  const e = view.endpoint;
  const c = view.checks;
  if (!c?.objectFetch || e.authentication !== 'required' || e.params.length === 0) return null;
  // The id must come from the URL: a path parameter named in the lookup.
  const param = e.params.find((p) => new RegExp(`\\b${p.name}\\b`).test(c.objectFetch!.text));
  if (!param) return null;
  if (c.userScoped || c.objectCheck || c.role || c.perm || c.gate) return null;
  if (e.authorization.length > 0 || e.guards.some((g) => g.authentication === 'unknown')) return null;
  const action = c.writes ? 'changes' : 'returns';
  const message = `${describe(e)}: ${e.handler.name} fetches an object by {${param.name}} from the URL (${c.objectFetch.text}, line ${c.objectFetch.line}) and ${action} it for any logged-in caller; looked for ${LOOKED_FOR} and found none`;
  return c.writes ? { line: c.objectFetch.line, text: c.objectFetch.text, message } : { line: c.objectFetch.line, text: c.objectFetch.text, kind: 'hotspot' as const, message: `${message}: check whether these objects are private` };
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
      'Finds authenticated endpoints whose handler fetches a model object by a path parameter ' +
      '(`Model.objects.get(pk=pk)`, `get_object_or_404(Model, id=…)`, `session.get(Model, id)`, `Model.query.get(id)`) ' +
      'without filtering by the current user or tenant, calling an object permission check, or checking a role. ' +
      'A vulnerability when the handler then changes the object; a hotspot when it only returns it (the objects may be public).',
    why: 'Any account can read or change any other account\'s records by changing the id in the URL (IDOR / OWASP API1 BOLA).',
    example: '@login_required\ndef cancel_order(request, pk):\n    order = Order.objects.get(pk=pk)\n    order.status = "cancelled"\n    order.save()',
    fix: 'order = get_object_or_404(Order, pk=pk, customer=request.user)',
    references: ['https://cwe.mitre.org/data/definitions/639.html', 'https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/'],
  },
  endpoint: check,
});
