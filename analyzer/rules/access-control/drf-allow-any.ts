import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { baseNames, classAssignments, classMethods, decoratorsOf } from '../support/classes.js';
import { positionalArguments } from '../support/calls.js';
import { nameWords } from '../support/names-of-values.js';

const ALLOW_ANY = 'rest_framework.permissions.AllowAny';
const WRITE_BASES = new Set(
  [
    'viewsets.ModelViewSet', 'generics.CreateAPIView', 'generics.UpdateAPIView', 'generics.DestroyAPIView',
    'generics.ListCreateAPIView', 'generics.RetrieveUpdateAPIView', 'generics.RetrieveDestroyAPIView',
    'generics.RetrieveUpdateDestroyAPIView', 'mixins.CreateModelMixin', 'mixins.UpdateModelMixin', 'mixins.DestroyModelMixin',
  ].map((b) => `rest_framework.${b}`),
);
const WRITE_METHODS = ['post', 'put', 'patch', 'delete', 'create', 'update', 'partial_update', 'destroy', 'perform_create', 'perform_update', 'perform_destroy'];
const WRITE_VERBS = new Set(['post', 'put', 'patch', 'delete']);
// Endpoints whose purpose is to establish identity must be reachable without one.
const IDENTITY_WORDS = new Set(['register', 'registration', 'signup', 'login', 'logon', 'signin', 'token', 'obtain', 'refresh', 'forgot', 'reset', 'activate', 'activation', 'verify', 'verification', 'otp', 'auth', 'authenticate', 'oauth', 'callback', 'webhook']);

// Words that may sit beside an identity word without changing what the endpoint is for.
const FILLER_WORDS = new Set(['view', 'views', 'api', 'viewset', 'set', 'endpoint', 'handler', 'user', 'users', 'account', 'accounts', 'pair', 'password', 'email', 'new', 'create', 'jwt', 'social', 'sliding', 'sign', 'up', 'in', 'code', 'confirm']);

/** Named only for establishing identity: RegisterView, TokenObtainPairView, PasswordResetAPIView — not NewsletterSignup. */
function isIdentityEndpoint(name: string): boolean {
  const words = nameWords(name);
  const identity = words.some((w) => IDENTITY_WORDS.has(w)) || (words.includes('sign') && (words.includes('up') || words.includes('in')));
  return identity && words.every((w) => IDENTITY_WORDS.has(w) || FILLER_WORDS.has(w));
}

/** A webhook that verifies its sender's signature authenticates it without an account. */
const VERIFIES_SENDER = /\bhmac\.|\bcompare_digest\s*\(|\bconstruct_event\s*\(|\bverify_\w*signature\w*\s*\(/;

function listsAllowAny(node: SyntaxNode | undefined, ctx: RuleContext): boolean {
  if (!node) return false;
  const items = node.type === 'list' || node.type === 'tuple' ? node.namedChildren : [node];
  return items.some((i) => ctx.names.qualifiedName(i) === ALLOW_ANY);
}

function verbsOf(node: SyntaxNode | undefined, ctx: RuleContext): string[] | null {
  const v = ctx.constant(node);
  if (v?.kind !== 'list' && v?.kind !== 'tuple') return null;
  return v.items.flatMap((i) => (i.kind === 'str' ? [i.value.toLowerCase()] : []));
}

function checkClass(cls: SyntaxNode, ctx: RuleContext): void {
  const assigns = classAssignments(cls);
  const perms = assigns.get('permission_classes');
  if (!perms || !listsAllowAny(perms, ctx)) return;
  const name = cls.childForFieldName('name')?.text ?? '';
  if (isIdentityEndpoint(name) || VERIFIES_SENDER.test(cls.text)) return;
  const allowed = verbsOf(assigns.get('http_method_names'), ctx);
  if (allowed && !allowed.some((v) => WRITE_VERBS.has(v))) return;
  const bases = baseNames(cls, ctx);
  const methods = classMethods(cls);
  const writes = bases.find((b) => WRITE_BASES.has(b))?.split('.').pop() ?? WRITE_METHODS.find((m) => methods.has(m));
  if (!writes) return;
  ctx.report(perms, { message: `${name} lets anonymous clients write (${writes}) with permission_classes = [AllowAny]` });
}

function checkFunction(fn: SyntaxNode, ctx: RuleContext): void {
  const decorators = decoratorsOf(fn, ctx);
  const perm = decorators.find((d) => d.name === 'rest_framework.decorators.permission_classes' && d.call && listsAllowAny(positionalArguments(d.call)[0], ctx));
  if (!perm) return;
  const name = fn.childForFieldName('name')?.text ?? '';
  if (isIdentityEndpoint(name) || VERIFIES_SENDER.test(fn.text)) return;
  const api = decorators.find((d) => d.name === 'rest_framework.decorators.api_view');
  // @api_view() with no list allows GET only.
  const verbs = api?.call ? verbsOf(positionalArguments(api.call)[0], ctx) : null;
  const writes = verbs?.filter((v) => WRITE_VERBS.has(v)) ?? [];
  if (writes.length === 0) return;
  ctx.report(perm.node, { message: `${name} accepts ${writes.join('/').toUpperCase()} from anonymous clients (@permission_classes([AllowAny]))` });
}

export const drfAllowAnyWrites = defineRule({
  id: 'PY-AUTHZ-DRF-ALLOWANY',
  title: 'DRF endpoint that accepts writes with AllowAny',
  cwe: [862, 284, 306],
  asvs: { '5.0.0': ['V8.2.1'], '4.0.3': ['V4.1.3'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  needs: [{ kind: 'request_handlers' }],
  frameworks: ['drf'],
  docs: {
    what:
      'Finds permission_classes = [AllowAny] on views and viewsets that accept writes (ModelViewSet, Create/Update/' +
      'DestroyAPIView and their mixins, post/put/patch/delete/create/update/destroy methods, unless ' +
      'http_method_names leaves only safe methods) and @permission_classes([AllowAny]) on @api_view functions with a ' +
      'write method. Endpoints named for establishing identity (register, signup, login, token, password reset, ' +
      'verification, webhooks) are not reported: they must be open; nor are views that verify an HMAC or signature of ' +
      'their sender (they authenticate it without an account).',
    why: 'Anyone on the internet can create, change or delete the records the endpoint manages, without an account.',
    example: 'class ProductViewSet(viewsets.ModelViewSet):\n    permission_classes = [AllowAny]',
    fix: 'permission_classes = [IsAuthenticatedOrReadOnly]  # or IsAdminUser / DjangoModelPermissions for writes',
    references: [
      'https://cwe.mitre.org/data/definitions/862.html',
      'https://www.django-rest-framework.org/api-guide/permissions/',
    ],
  },
  visit: { class_definition: checkClass, function_definition: checkFunction },
});
