import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';

const ALLOW_ANY = 'rest_framework.permissions.AllowAny';

/** The `'DEFAULT_PERMISSION_CLASSES': [...]` value inside `REST_FRAMEWORK = {...}`. */
function defaultPermissions(dict: SyntaxNode, ctx: RuleContext): SyntaxNode | null {
  for (const pair of dict.namedChildren) {
    if (pair.type !== 'pair') continue;
    const k = ctx.constant(pair.childForFieldName('key'));
    if (k?.kind === 'str' && k.value === 'DEFAULT_PERMISSION_CLASSES') return pair.childForFieldName('value');
  }
  return null;
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (node.parent?.type !== 'expression_statement' || node.parent.parent?.type !== 'module') return;
  if (node.childForFieldName('left')?.text !== 'REST_FRAMEWORK') return;
  const right = node.childForFieldName('right');
  if (right?.type !== 'dictionary') return;
  const perms = defaultPermissions(right, ctx);
  if (!perms || (perms.type !== 'list' && perms.type !== 'tuple')) return;
  for (const item of perms.namedChildren) {
    const v = ctx.constant(item);
    // Settings name classes by dotted path; an imported class object works too.
    if ((v?.kind === 'str' && v.value === ALLOW_ANY) || ctx.names.qualifiedName(item) === ALLOW_ANY) {
      ctx.report(item, { message: 'DEFAULT_PERMISSION_CLASSES is AllowAny: every API view without its own permission_classes is open to anonymous clients' });
      return;
    }
  }
}

export const drfDefaultAllowAny = defineRule({
  id: 'PY-AUTHZ-DRF-DEFAULT-ALLOWANY',
  title: 'DRF default permission set to AllowAny',
  cwe: [862],
  asvs: { '5.0.0': ['V8.2.1'], '4.0.3': ['V4.1.3'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'app_config' }],
  docs: {
    what:
      "Finds REST_FRAMEWORK = {'DEFAULT_PERMISSION_CLASSES': [...AllowAny...]} in settings. (A settings module " +
      'without DEFAULT_PERMISSION_CLASSES has the same effect — DRF defaults to AllowAny — but absence is not ' +
      'reported by this rule.)',
    why: 'Access control becomes opt-in: each new view or viewset is public until someone remembers to lock it down.',
    example: "REST_FRAMEWORK = {'DEFAULT_PERMISSION_CLASSES': ['rest_framework.permissions.AllowAny']}",
    fix: "REST_FRAMEWORK = {'DEFAULT_PERMISSION_CLASSES': ['rest_framework.permissions.IsAuthenticated']}  # open public views one by one",
    references: [
      'https://cwe.mitre.org/data/definitions/862.html',
      'https://www.django-rest-framework.org/api-guide/permissions/#setting-the-permission-policy',
    ],
  },
  visit: { assignment: check },
});
