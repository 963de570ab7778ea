import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { baseNames, classAssignments, nestedClass } from '../support/classes.js';
import { nameWords } from '../support/names-of-values.js';

const MODEL_SERIALIZERS = new Set(['rest_framework.serializers.ModelSerializer', 'rest_framework.serializers.HyperlinkedModelSerializer']);
// Models that carry credentials, roles or personal data: exposing or accepting every field leaks or escalates.
const SENSITIVE_MODEL_WORDS = new Set(['user', 'users', 'account', 'profile', 'credential', 'credentials', 'member', 'customer', 'employee', 'staff', 'admin', 'token', 'apikey', 'person', 'identity']);
const USER_MODEL_CALLS = new Set(['django.contrib.auth.get_user_model']);
const USER_MODEL_NAMES = new Set(['django.contrib.auth.models.User', 'django.contrib.auth.models.AbstractUser']);

/** The model as written when it is the user model or is named for credentials, roles or personal data. */
export function sensitiveModel(model: SyntaxNode, ctx: RuleContext): string | null {
  if (model.type === 'call') {
    const q = ctx.names.qualifiedName(model.childForFieldName('function'));
    return q && USER_MODEL_CALLS.has(q) ? 'get_user_model()' : null;
  }
  const q = ctx.names.qualifiedName(model);
  if (q && USER_MODEL_NAMES.has(q)) return 'User';
  const last = model.type === 'attribute' ? model.childForFieldName('attribute')?.text : model.type === 'identifier' ? model.text : null;
  if (!last) return null;
  const words = nameWords(last);
  return SENSITIVE_MODEL_WORDS.has(words[words.length - 1] ?? '') ? last : null;
}

function check(cls: SyntaxNode, ctx: RuleContext): void {
  if (!baseNames(cls, ctx).some((b) => MODEL_SERIALIZERS.has(b))) return;
  const meta = nestedClass(cls, 'Meta');
  if (!meta) return;
  const assigns = classAssignments(meta);
  const fields = assigns.get('fields');
  const v = ctx.constant(fields);
  if (!fields || v?.kind !== 'str' || v.value !== '__all__') return;
  const model = assigns.get('model');
  const sensitive = model ? sensitiveModel(model, ctx) : null;
  if (!sensitive) return;
  ctx.report(fields, {
    message: `${cls.childForFieldName('name')?.text} exposes and accepts every field of ${sensitive} (fields = "__all__")`,
  });
}

export const drfSerializerAllFields = defineRule({
  id: 'PY-AUTHZ-DRF-SERIALIZER-ALL',
  title: 'DRF serializer with fields = "__all__" on a user or credential model',
  cwe: [915, 213],
  asvs: { '5.0.0': ['V15.3.3', 'V15.3.1', 'V8.2.3'], '4.0.3': ['V5.1.2'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['drf'],
  docs: {
    what:
      'Finds ModelSerializer / HyperlinkedModelSerializer classes whose Meta has fields = "__all__" and whose ' +
      'model is Django\'s User, get_user_model(), or a model named like User, Account, Profile, Customer, ' +
      'Member, Employee, Credential or Token.',
    why:
      'Every column is serialized out (password hash, is_staff, tokens) and accepted in (mass assignment: a client ' +
      'sends "is_superuser": true), including columns added to the model later.',
    example: 'class UserSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = "__all__"',
    fix: 'List the fields: fields = ["id", "username", "email"]; read_only_fields = ["id"]',
    references: [
      'https://cwe.mitre.org/data/definitions/915.html',
      'https://www.django-rest-framework.org/api-guide/serializers/#specifying-which-fields-to-include',
      'https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html',
    ],
  },
  visit: { class_definition: check },
});
