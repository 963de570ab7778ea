import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { classMethods, decoratorsOf, descendants } from '../support/classes.js';
import { machineAuthentication } from '../support/machine-auth.js';
import { positionalArguments } from '../support/calls.js';

const CSRF_EXEMPT = 'django.views.decorators.csrf.csrf_exempt';
const METHOD_DECORATOR = 'django.utils.decorators.method_decorator';
const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];
const WRITE_VERBS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The view verifies the sender some other way (webhook signatures, HMAC): CSRF does not apply. */
function verifiesSender(body: SyntaxNode, ctx: RuleContext): boolean {
  for (const n of descendants(body)) {
    if (n.type !== 'call') continue;
    const fn = n.childForFieldName('function');
    const q = ctx.names.qualifiedName(fn) ?? '';
    const last = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text ?? '' : fn?.text ?? '';
    if (q === 'hmac.compare_digest' || q === 'secrets.compare_digest' || /signature|construct_event|verify_webhook/i.test(last)) return true;
  }
  return false;
}

// Identity-provider callbacks (OAuth form_post, SAML ACS) arrive cross-site by design; their state or signature is the defence.
const IDP_CALLBACK = /callback|acs$|assertion_consumer/i;

/** What authenticates the caller instead of the cookie session, if the code says so. */
function otherAuthentication(def: SyntaxNode, ctx: RuleContext): string | null {
  const machine = machineAuthentication(def, ctx);
  if (machine) return machine;
  const name = def.childForFieldName('name')?.text ?? '';
  if (def.type === 'function_definition' && IDP_CALLBACK.test(name)) return 'an identity-provider callback';
  return null;
}

function reportExempt(marker: SyntaxNode, def: SyntaxNode, ctx: RuleContext, message: string): void {
  const other = otherAuthentication(def, ctx);
  if (!other) return ctx.report(marker, { message });
  ctx.report(marker, {
    kind: 'hotspot',
    message: `${message}; it seems to authenticate callers by ${other}, not the session cookie: check that no cookie-authenticated user can reach it`,
  });
}

/** Evidence that a function view changes state: it reads a request body or tests for a write method. */
function handlesWrites(fn: SyntaxNode, ctx: RuleContext): string | null {
  for (const d of decoratorsOf(fn, ctx)) {
    if (d.name === 'django.views.decorators.http.require_POST') return 'require_POST';
    if (d.name === 'django.views.decorators.http.require_http_methods' && d.call) {
      const v = ctx.constant(positionalArguments(d.call)[0]);
      if ((v?.kind === 'list' || v?.kind === 'tuple') && v.items.some((i) => i.kind === 'str' && WRITE_VERBS.has(i.value.toUpperCase()))) return 'require_http_methods';
    }
  }
  const body = fn.childForFieldName('body');
  if (!body) return null;
  for (const n of descendants(body)) {
    if (n.type === 'attribute') {
      const attr = n.childForFieldName('attribute')?.text;
      if (attr === 'POST' || attr === 'FILES' || attr === 'body') return `request.${attr}`;
    } else if (n.type === 'string') {
      const v = ctx.constant(n);
      if (v?.kind === 'str' && WRITE_VERBS.has(v.value)) return `method ${v.value}`;
    }
  }
  return null;
}

function checkFunction(fn: SyntaxNode, ctx: RuleContext): void {
  const exempt = decoratorsOf(fn, ctx).find((d) => d.name === CSRF_EXEMPT);
  if (!exempt) return;
  const writes = handlesWrites(fn, ctx);
  if (!writes || verifiesSender(fn, ctx)) return;
  reportExempt(exempt.node, fn, ctx, `@csrf_exempt on ${fn.childForFieldName('name')?.text ?? 'a view'}, which handles writes (${writes})`);
}

function checkClass(cls: SyntaxNode, ctx: RuleContext): void {
  const exempt = decoratorsOf(cls, ctx).find(
    (d) => d.name === METHOD_DECORATOR && d.call && ctx.names.qualifiedName(positionalArguments(d.call)[0]) === CSRF_EXEMPT,
  );
  const methods = classMethods(cls);
  const dispatch = methods.get('dispatch');
  const onDispatch = dispatch
    ? decoratorsOf(dispatch, ctx).find((d) => d.name === METHOD_DECORATOR && d.call && ctx.names.qualifiedName(positionalArguments(d.call)[0]) === CSRF_EXEMPT)
    : undefined;
  const marker = exempt ?? onDispatch;
  if (!marker) return;
  const writes = WRITE_METHODS.filter((m) => methods.has(m));
  if (writes.length === 0 || verifiesSender(cls, ctx)) return;
  reportExempt(marker.node, cls, ctx, `CSRF protection removed from ${cls.childForFieldName('name')?.text}, which handles ${writes.join('/').toUpperCase()}`);
}

const URL_ROUTES = new Set(['django.urls.path', 'django.urls.re_path', 'django.conf.urls.url']);

/** Inside a `path(...)` / `re_path(...)` / `url(...)` route of a URLconf. */
function inUrlRoute(node: SyntaxNode, ctx: RuleContext): boolean {
  for (let cur = node.parent; cur && cur.type !== 'function_definition' && cur.type !== 'module'; cur = cur.parent) {
    if (cur.type === 'call' && URL_ROUTES.has(ctx.names.qualifiedName(cur.childForFieldName('function')) ?? '')) return true;
  }
  return false;
}

// `path("graphql/", csrf_exempt(GraphQLView.as_view()))`: the view is elsewhere, so only a hint.
function checkCall(call: SyntaxNode, ctx: RuleContext): void {
  if (ctx.names.qualifiedName(call.childForFieldName('function')) !== CSRF_EXEMPT) return;
  if (!inUrlRoute(call, ctx)) return;
  ctx.report(call, { message: 'csrf_exempt() applied in a URLconf: the view loses CSRF protection for every method', confidence: 'low' });
}

export const csrfExempt = defineRule({
  id: 'PY-AUTHZ-CSRF-EXEMPT',
  title: 'CSRF protection switched off on a state-changing Django view',
  cwe: [352],
  asvs: { '5.0.0': ['V3.5.1'], '4.0.3': ['V4.2.2', 'V13.2.3'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  needs: [{ kind: 'request_handlers' }],
  frameworks: ['django'],
  docs: {
    what:
      'Finds @csrf_exempt on function views that handle writes (require_POST, require_http_methods with a write ' +
      'method, request.POST/FILES/body, or a test for "POST"/"PUT"/"PATCH"/"DELETE"), method_decorator(csrf_exempt) ' +
      'on class-based views with post/put/patch/delete, and — at low confidence — csrf_exempt() wrapped around a ' +
      'view inside a path()/re_path()/url() route. Views that verify a signature or HMAC (payment webhooks) are not reported; views that ' +
      'authenticate callers by a key, token or client credential (an *_auth decorator, an OAuthLib/protected-resource base, an OAuth ' +
      "token or revocation response) and identity-provider callbacks are hotspots: check no cookie-authenticated user can reach them.",
    why: 'Without the CSRF token check any web page the user visits can submit the form in their name, with their cookies.',
    example: '@csrf_exempt\ndef update_address(request):\n    request.user.profile.address = request.POST["address"]',
    fix: 'Remove @csrf_exempt and send the token (X-CSRFToken header for fetch); for machine-to-machine callbacks verify a signature instead.',
    references: [
      'https://cwe.mitre.org/data/definitions/352.html',
      'https://docs.djangoproject.com/en/stable/ref/csrf/',
      'https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html',
    ],
  },
  visit: { function_definition: checkFunction, class_definition: checkClass, call: checkCall },
});
