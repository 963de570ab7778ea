import { defineRule } from '../../rule.js';
import { isStateChanging } from '../../../domain/index.js';
import type { EndpointView } from '../../endpoints/rule-context.js';
import { describe, privilegedWord } from '../support/endpoint-names.js';

function check(view: EndpointView) {
  const e = view.endpoint;
  const c = view.checks;
  if (e.authentication !== 'required' || e.authorization.length > 0 || !c) return null;
  // A guard Assay cannot read may well be the role check; a check in the handler's body counts too.
  if (e.guards.some((g) => g.authentication === 'unknown' || g.kind === 'admin_site')) return null;
  if (c.role || c.perm || c.objectCheck) return null;
  const word = privilegedWord(e);
  if (!word) return null;
  const changes = isStateChanging(e) && c.writes;
  const guards = e.guards.filter((g) => g.authentication === 'required').map((g) => g.name.split('.').pop()).join(', ');
  const message = `${describe(e)} looks privileged ("${word}") but only checks that the caller is logged in (${guards}): no role, staff, permission or object check was found in front of ${e.handler.name} or in its body`;
  return changes && /^(admin|administration|staff|superusers?)$/i.test(word) ? { message } : { kind: 'hotspot' as const, message: `${message}; check who may call it` };
}

export const privilegedWithoutAuthorization = defineRule({
  id: 'PY-AUTHZ-PRIVILEGED-NO-CHECK',
  title: 'Privileged endpoint that any logged-in user can call',
  cwe: [862, 285],
  asvs: { '5.0.0': ['V8.2.1'], '4.0.3': ['V4.1.3'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  frameworks: ['django', 'drf', 'flask', 'fastapi'],
  docs: {
    what:
      'Finds endpoints of the inventory whose path or handler name is administrative or privileged (admin, staff, ' +
      'superuser, manage, roles, permissions, impersonate, promote, grant …) that require a login but have no ' +
      'authorization: no permission_required, staff or role check, IsAdminUser or custom permission class, and no ' +
      'has_perm / is_staff / role test in the handler. A vulnerability when an admin or staff endpoint changes data; ' +
      'otherwise a hotspot. Endpoints guarded by something Assay cannot read are left out.',
    why: 'Any account, including one an attacker signs up for, can use the function meant for administrators (OWASP API5).',
    example: '@login_required\ndef admin_delete_user(request, pk):\n    User.objects.filter(pk=pk).delete()',
    fix: '@staff_member_required  # or @permission_required("auth.delete_user")\ndef admin_delete_user(request, pk): ...',
    references: ['https://cwe.mitre.org/data/definitions/862.html', 'https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/'],
  },
  endpoint: check,
});
