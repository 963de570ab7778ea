import { defineRule } from '../../rule.js';
import { FRAMEWORKS } from '../../../domain/index.js';
import { isStateChanging } from '../../../domain/index.js';
import type { EndpointView } from '../../endpoints/rule-context.js';
import { describe, privilegedWord } from '../support/endpoint-names.js';
import { isLoginNamedGuard } from '../../endpoints/guards.js';

/** Words that name a function only administrators should have. */
const ADMINISTRATIVE = /^(admin|administration|staff|superusers?|impersonate|grant|revoke|promote|demote|ban|deactivate|suspend|roles?|permissions?|maintenance)$/i;

/** `login_required` for `auth.login_required`; a spec's `jwt (token_info)` for `jwt (api.security.token_info)`. */
function shortName(name: string): string {
  return / \([\w.]+\)$/.test(name) ? name.replace(/\(([\w.]+)\)$/, (_m, q: string) => `(${q.split('.').pop()!})`) : name.split('.').pop()!;
}

function check(view: EndpointView) {
  const e = view.endpoint;
  const c = view.checks;
  if (e.authorization.length > 0 || !c) return null;
  // A guard Assay cannot read may well be the role check, unless its name says it only logs the caller in.
  const identityOnly = e.authentication === 'required' || (e.authentication === 'unknown' && e.guards.some((g) => g.authentication === 'unknown' && isLoginNamedGuard(g.name)));
  if (!identityOnly || e.guards.some((g) => (g.authentication === 'unknown' && !isLoginNamedGuard(g.name)) || g.kind === 'admin_site')) return null;
  if (c.role || c.perm || c.objectCheck) return null;
  const writes = isStateChanging(e);
  const word = privilegedWord(e) ?? (c.privilegedEffect && writes ? 'user management' : null) ?? (c.approves && writes ? 'approval' : null);
  if (!word) return null;
  const guards = e.guards.filter((g) => g.authentication !== 'none').map((g) => shortName(g.name)).join(', ');
  // An administrative page that lists every user's records hands them to any account.
  const readsAll = !writes && ADMINISTRATIVE.test(word) && c.readsAll && !c.userScoped ? c.readsAll : null;
  const effect = c.privilegedEffect
    ? `; it changes other accounts (${c.privilegedEffect.text}, line ${c.privilegedEffect.line})`
    : c.approves && writes
      ? `; it records the caller as the approver (${c.approves.text}, line ${c.approves.line}), which only a role should be`
      : readsAll
        ? `; it reads every user's records (${readsAll.text}, line ${readsAll.line})`
        : '';
  const message = `${describe(e)} looks privileged ("${word}") but only checks that the caller is logged in (${guards}): no role, staff, permission or object check was found in front of ${e.handler.name} or in its body${effect}`;
  // A state-changing administrative endpoint, or one that changes other accounts' standing, is the flaw itself.
  const strong = (writes && (ADMINISTRATIVE.test(word) || !!c.privilegedEffect || !!c.approves)) || !!readsAll;
  return strong ? { message } : { kind: 'hotspot' as const, message: `${message}; check who may call it` };
}

export const privilegedWithoutAuthorization = defineRule({
  id: 'PY-AUTHZ-PRIVILEGED-NO-CHECK',
  title: 'Privileged endpoint that any logged-in user can call',
  cwe: [862, 285],
  asvs: { '5.0.0': ['V8.2.1'], '4.0.3': ['V4.1.3'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  // Every framework with an inventory: the rule reads endpoints, not framework APIs.
  frameworks: [...FRAMEWORKS],
  docs: {
    what:
      'Finds endpoints of the inventory whose path, handler or handler class name (AdminApp), or the name of a guard that ' +
      'only logs the caller in (`@staff_only` testing current_user alone), is administrative or privileged (admin, staff, ' +
      'superuser, manage, roles, permissions, impersonate, promote, grant …) that require a login but have no ' +
      'authorization: no permission_required, staff or role check, IsAdminUser or custom permission class, and no ' +
      'has_perm / is_staff / role test in the handler (a role read from the posted body is the one handed out, no check). A vulnerability when an administrative endpoint (admin, staff, ' +
      'roles, permissions, impersonate, grant, revoke, deactivate, maintenance …) accepts a state-changing method, or ' +
      'when the handler changes other accounts (staff/superuser/active flags, groups, permissions, the user table) or ' +
      'records the caller as the approver of an object (`approved_by = request.user`), or when a read-only administrative ' +
      'page reads every user\'s records (`Invoice.objects.values(...)` with nothing naming the caller); ' +
      'otherwise a hotspot. Endpoints guarded by something Assay cannot read are left out, unless its name says it only ' +
      'identifies the caller (get_current_user, auth_required).',
    why: 'Any account, including one an attacker signs up for, can use the function meant for administrators (OWASP API5).',
    example: '@login_required\ndef admin_delete_user(request, pk):\n    User.objects.filter(pk=pk).delete()',
    fix: '@staff_member_required  # or @permission_required("auth.delete_user")\ndef admin_delete_user(request, pk): ...',
    references: ['https://cwe.mitre.org/data/definitions/862.html', 'https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/'],
  },
  endpoint: check,
});
