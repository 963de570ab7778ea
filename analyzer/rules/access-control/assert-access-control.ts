import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { descendants } from '../support/classes.js';
import { isTestPath } from '../support/test-paths.js';

const AUTHZ_ATTRIBUTES = new Set([
  'is_authenticated', 'is_anonymous', 'is_staff', 'is_superuser', 'is_admin', 'has_perm', 'has_perms',
  'has_module_perms', 'has_permission', 'has_object_permission', 'has_role', 'is_owner', 'can_edit', 'can_delete',
  'can_view', 'can_access', 'is_member',
]);
const OWNER_ATTRIBUTES = new Set(['owner', 'owner_id', 'user', 'user_id', 'author', 'author_id', 'created_by', 'tenant', 'tenant_id']);
const PRINCIPALS = /\b(request\.user|current_user|self\.request\.user|g\.user|user)\b/;

function authorizationTest(condition: SyntaxNode): string | null {
  for (const n of descendants(condition)) {
    if (n.type === 'attribute') {
      const attr = n.childForFieldName('attribute')?.text ?? '';
      if (AUTHZ_ATTRIBUTES.has(attr)) return attr;
    }
    if (n.type === 'comparison_operator' && PRINCIPALS.test(n.text)) {
      for (const side of n.namedChildren) {
        const attr = side.type === 'attribute' ? side.childForFieldName('attribute')?.text : undefined;
        if (attr && OWNER_ATTRIBUTES.has(attr) && !PRINCIPALS.test(side.childForFieldName('object')?.text ?? '')) return `${attr} check`;
      }
    }
  }
  return null;
}

const ACTS = /\.(save|delete|update|create|bulk_create|objects|filter|get_object_or_404|execute|commit|write|send)\b|\b(open|get_object_or_404|HttpResponse|JsonResponse|render)\(/;

/**
 * `def get_login_redirect_url(self, request): assert request.user.is_authenticated; return reverse(…)`:
 * a getter that only computes a value states what its callers guarantee; nothing is read, written or
 * answered behind the assert. Still worth a look (hotspot), not a missing gate.
 */
function invariantOfGetter(node: SyntaxNode): boolean {
  let fn: SyntaxNode | null = node.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  if (!fn) return false;
  const name = fn.childForFieldName('name')?.text ?? '';
  if (!/^_?get_/.test(name)) return false;
  const body = fn.childForFieldName('body');
  const after = body ? body.text.slice(node.endIndex - body.startIndex) : '';
  return !ACTS.test(after);
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const condition = node.namedChildren.find((c) => c.type !== 'comment');
  if (!condition) return;
  const what = authorizationTest(condition);
  if (!what) return;
  if (invariantOfGetter(node)) {
    ctx.report(node, { kind: 'hotspot', message: `assert on ${what} in a getter that only computes a value: check no caller relies on it as the access check` });
    return;
  }
  ctx.report(node, { message: `Access check (${what}) made with assert: python -O removes it and the code runs unchecked` });
}

export const assertAccessControl = defineRule({
  id: 'PY-AUTHZ-ASSERT',
  title: 'Access control enforced with assert',
  cwe: [703, 285],
  asvs: { '5.0.0': ['V8.2.1', 'V16.5.3'], '4.0.3': ['V4.1.3', 'V4.1.5'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  bandit: ['B101'],
  docs: {
    what:
      'Finds assert statements that test authentication or authorization: is_authenticated, is_staff, is_superuser, ' +
      'has_perm, has_object_permission and similar, or ownership comparisons (obj.owner == request.user). Test ' +
      'files are not reported: asserts are how tests check. An assert in a get_… method that only computes a value (reads, ' +
      'writes and answers nothing after it) states a caller\'s guarantee: a hotspot.',
    why:
      'Python run with -O or PYTHONOPTIMIZE strips every assert, so the check disappears in exactly the deployments ' +
      'tuned for production; a failing assert also surfaces as a 500 instead of a 403.',
    example: 'assert request.user.is_staff, "staff only"',
    fix: 'if not request.user.is_staff: raise PermissionDenied  # or @user_passes_test / DRF permission classes',
    references: [
      'https://cwe.mitre.org/data/definitions/703.html',
      'https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement',
      'https://bandit.readthedocs.io/en/latest/plugins/b101_assert_used.html',
    ],
  },
  visit: { assert_statement: check },
});
