import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { baseNames, classAssignments, nestedClass } from '../support/classes.js';
import { sensitiveModel } from './drf-serializer-all-fields.js';

const OBJECT_TYPES = new Set([
  'graphene_django.DjangoObjectType',
  'graphene_django.types.DjangoObjectType',
  'graphene_sqlalchemy.SQLAlchemyObjectType',
  'graphene_sqlalchemy.types.SQLAlchemyObjectType',
]);
// Any of these in the Meta chooses the fields; without one, graphene maps every column of the model.
const FIELD_CHOICES = ['fields', 'exclude', 'only_fields', 'exclude_fields'];

function check(cls: SyntaxNode, ctx: RuleContext): void {
  if (!baseNames(cls, ctx).some((b) => OBJECT_TYPES.has(b))) return;
  const meta = nestedClass(cls, 'Meta');
  if (!meta) return;
  const assigns = classAssignments(meta);
  const model = assigns.get('model');
  const sensitive = model ? sensitiveModel(model, ctx) : null;
  if (!sensitive) return;
  const fields = assigns.get('fields');
  const v = ctx.constant(fields);
  const all = fields && v?.kind === 'str' && v.value === '__all__';
  const unchosen = FIELD_CHOICES.every((k) => !assigns.has(k));
  if (!all && !unchosen) return;
  ctx.report(fields ?? model!, {
    message: `${cls.childForFieldName('name')?.text} exposes every field of ${sensitive} to GraphQL clients (${all ? 'fields = "__all__"' : 'no fields or exclude in its Meta'}): password hash, staff flags and any column added later can be queried`,
  });
}

export const grapheneAllFields = defineRule({
  id: 'PY-DATA-GRAPHENE-ALL-FIELDS',
  title: 'Graphene object type exposing every field of a user or credential model',
  cwe: [213],
  asvs: { '5.0.0': ['V15.3.1'], '4.0.3': ['V4.1.3'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['graphql'],
  docs: {
    what:
      'Finds graphene-django `DjangoObjectType` and graphene-sqlalchemy `SQLAlchemyObjectType` classes whose Meta has ' +
      '`fields = "__all__"` or chooses no fields at all (no `fields`, `exclude`, `only_fields` or `exclude_fields`), over Django\'s ' +
      'User, `get_user_model()`, or a model named like User, Account, Profile, Customer, Member, Employee, Credential or Token.',
    why: 'Every column of the model becomes a queryable field: any client allowed to fetch the object can select the password hash, is_staff / is_superuser, tokens and columns added to the model later.',
    example: 'class UserType(DjangoObjectType):\n    class Meta:\n        model = get_user_model()\n        fields = "__all__"',
    fix: 'class UserType(DjangoObjectType):\n    class Meta:\n        model = get_user_model()\n        fields = ("id", "username", "first_name")',
    references: [
      'https://cwe.mitre.org/data/definitions/213.html',
      'https://docs.graphene-python.org/projects/django/en/latest/queries/#specifying-which-fields-to-include',
    ],
  },
  visit: { class_definition: check },
});
