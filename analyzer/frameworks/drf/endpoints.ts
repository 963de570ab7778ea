// Django REST framework's routes: routers and their viewsets (generated actions and @action),
// APIView and generic views, @api_view functions; permission, authentication and throttle
// classes at class level, in decorators and from settings' DEFAULT_* (AllowAny when none is set).
import type { AuthenticationState, CsrfState, Endpoint, EndpointAuthorization, EndpointGuard, HttpMethod } from '../../../domain/index.js';
import { STATE_CHANGING_METHODS } from '../../../domain/index.js';
import type { FileEndpointFacts, FunctionFact } from '../../endpoints/file-facts.js';
import { nameOf, type Located, type ProjectIndex } from '../../endpoints/project.js';
import { apply, type Guarded } from '../../endpoints/guards.js';
import { makeEndpoint, methodList } from '../../endpoints/build.js';
import { joinPath, regexPath } from '../../endpoints/paths.js';
import type { ProjectSettings } from '../../endpoints/settings.js';
import { lastName, listOf, strOf, type Val } from '../../endpoints/values.js';
import { applyDjangoDecorators, cloneGuarded, handlerOf } from '../django/endpoints.js';
import type { FrameworkEndpoints, UrlTarget } from '../../endpoints/framework-part.js';
import { isModuleFunction, isTestFile, signatureParams } from '../../endpoints/unrouted.js';
import { genericChecks, type HandlerChecks } from '../../endpoints/handler-checks.js';
import { unroutedPath } from '../../../domain/index.js';
import { emptyGuarded } from '../../endpoints/guards.js';
import { credentialViewChecks } from '../django/credential-views.js';

const P = 'rest_framework.permissions.';
const SAFE: HttpMethod[] = ['GET', 'HEAD', 'OPTIONS'];

interface PermissionMeaning {
  /** Authentication for safe and for unsafe methods. */
  safe: AuthenticationState;
  unsafe: AuthenticationState;
  authorization?: EndpointAuthorization;
}

const BUILTIN_PERMISSIONS: Record<string, PermissionMeaning> = {
  AllowAny: { safe: 'none', unsafe: 'none' },
  IsAuthenticated: { safe: 'required', unsafe: 'required' },
  IsAdminUser: { safe: 'required', unsafe: 'required', authorization: { kind: 'role', name: `${P}IsAdminUser` } },
  IsAuthenticatedOrReadOnly: { safe: 'none', unsafe: 'required' },
  DjangoModelPermissions: { safe: 'required', unsafe: 'required', authorization: { kind: 'permission', name: `${P}DjangoModelPermissions` } },
  DjangoModelPermissionsOrAnonReadOnly: { safe: 'none', unsafe: 'required', authorization: { kind: 'permission', name: `${P}DjangoModelPermissionsOrAnonReadOnly` } },
  DjangoObjectPermissions: { safe: 'required', unsafe: 'required', authorization: { kind: 'object', name: `${P}DjangoObjectPermissions` } },
};

const DEFAULT_AUTHENTICATION = ['rest_framework.authentication.SessionAuthentication', 'rest_framework.authentication.BasicAuthentication'];

/** What a permission class means: DRF's own, a project class by its lineage and code, else unknown. */
function permissionMeaning(q: string, index: ProjectIndex): PermissionMeaning {
  if (q.startsWith(P) && BUILTIN_PERMISSIONS[lastName(q)]) return BUILTIN_PERMISSIONS[lastName(q)]!;
  const cls = index.cls(q);
  if (!cls) return { safe: 'unknown', unsafe: 'unknown', authorization: { kind: 'custom', name: q } };
  const { external } = index.lineage(q);
  const inherited = external.find((e) => e.startsWith(P) && BUILTIN_PERMISSIONS[lastName(e)] && lastName(e) !== 'AllowAny');
  const hasPerm = index.method(q, 'has_permission');
  const hasObj = index.method(q, 'has_object_permission');
  const c = hasPerm?.fact.checks;
  // A has_permission that reads the caller's identity denies anonymous callers by returning False.
  const auth: AuthenticationState = inherited ? BUILTIN_PERMISSIONS[lastName(inherited)]!.unsafe : hasPerm ? (c!.identity ? 'required' : 'unknown') : 'none';
  const authorization: EndpointAuthorization = { kind: hasObj ? 'object' : c?.role ? 'role' : c?.perm ? 'permission' : 'custom', name: q };
  return { safe: auth, unsafe: auth, authorization };
}

function classNames(v: Val | undefined): Array<string | null> {
  return listOf(v).map((x) => (x.k === 'ref' ? x.q : null));
}

interface Policy {
  permissions: { names: Array<string | null>; source: string };
  authentication: { names: Array<string | null>; source: string };
  throttled: boolean;
}

function settingsList(settings: ProjectSettings, key: string): Array<string | null> | null {
  const v = settings.restFramework?.get(key);
  if (!v) return null;
  return listOf(v).map((x) => (x.k === 'str' ? x.v : x.k === 'ref' ? x.q : null));
}

function policy(index: ProjectIndex, settings: ProjectSettings, clsQ: string | null, overrides: Record<string, Val | undefined>): Policy {
  const pick = (attr: string, key: string, fallback: string[]) => {
    const o = overrides[attr];
    if (o) return { names: classNames(o), source: 'decorator' };
    const c = clsQ ? index.classAttr(clsQ, attr) : undefined;
    if (c) return { names: classNames(c.value), source: c.owner.file.path };
    const s = settingsList(settings, key);
    if (s) return { names: s, source: 'settings' };
    return { names: fallback, source: 'default' };
  };
  const throttles = pick('throttle_classes', 'DEFAULT_THROTTLE_CLASSES', []);
  return {
    permissions: pick('permission_classes', 'DEFAULT_PERMISSION_CLASSES', [`${P}AllowAny`]),
    authentication: pick('authentication_classes', 'DEFAULT_AUTHENTICATION_CLASSES', DEFAULT_AUTHENTICATION),
    throttled: throttles.names.length > 0,
  };
}

function guardedFor(base: Guarded, pol: Policy, methods: readonly HttpMethod[], index: ProjectIndex): Guarded {
  const g = cloneGuarded(base);
  const unsafe = methods.some((m) => STATE_CHANGING_METHODS.includes(m));
  for (const name of pol.permissions.names) {
    const meaning = name ? permissionMeaning(name, index) : { safe: 'unknown' as const, unsafe: 'unknown' as const };
    const guard: EndpointGuard = { kind: 'permission_class', name: name ?? '(expression)', authentication: unsafe ? meaning.unsafe : meaning.safe, source: pol.permissions.source };
    apply(g, { guard, authorization: meaning.authorization });
  }
  for (const name of pol.authentication.names) apply(g, { guard: { kind: 'authentication_class', name: name ?? '(expression)', authentication: 'none', source: pol.authentication.source } });
  if (pol.throttled) g.throttled = true;
  return g;
}

function csrfOf(pol: Policy, djangoCsrf: CsrfState): CsrfState {
  // DRF views are csrf_exempt to Django; SessionAuthentication enforces CSRF itself.
  void djangoCsrf;
  return pol.authentication.names.some((n) => n && lastName(n) === 'SessionAuthentication') ? 'protected' : 'not_applicable';
}

const GENERIC_METHODS: Record<string, HttpMethod[]> = {
  ListAPIView: ['GET'], CreateAPIView: ['POST'], RetrieveAPIView: ['GET'], DestroyAPIView: ['DELETE'], UpdateAPIView: ['PUT', 'PATCH'],
  ListCreateAPIView: ['GET', 'POST'], RetrieveUpdateAPIView: ['GET', 'PUT', 'PATCH'], RetrieveDestroyAPIView: ['GET', 'DELETE'],
  RetrieveUpdateDestroyAPIView: ['GET', 'PUT', 'PATCH', 'DELETE'],
};
const ACTIONS: Record<string, { method: HttpMethod; detail: boolean }> = {
  list: { method: 'GET', detail: false }, create: { method: 'POST', detail: false }, retrieve: { method: 'GET', detail: true },
  update: { method: 'PUT', detail: true }, partial_update: { method: 'PATCH', detail: true }, destroy: { method: 'DELETE', detail: true },
};
const VIEWSET_ACTIONS: Record<string, string[]> = {
  ModelViewSet: Object.keys(ACTIONS), ReadOnlyModelViewSet: ['list', 'retrieve'], ListModelMixin: ['list'], CreateModelMixin: ['create'],
  RetrieveModelMixin: ['retrieve'], UpdateModelMixin: ['update', 'partial_update'], DestroyModelMixin: ['destroy'],
};

export function isDrfClass(q: string, index: ProjectIndex): boolean {
  return index.lineage(q).external.some((e) => e.startsWith('rest_framework.'));
}

/** A get_queryset filtered by the user guards the actions that go through it: generated ones, and methods that call get_object / get_queryset. */
function authorizationOfClass(clsQ: string, index: ProjectIndex, g: Guarded, handler?: FunctionFact): void {
  const qs = index.method(clsQ, 'get_queryset');
  if (!qs?.fact.checks.userScoped) return;
  if (handler && !handler.checks.usesQueryset) return;
  apply(g, { authorization: { kind: 'queryset', name: qs.fact.q } });
}

function serializerOf(clsQ: string | null, index: ProjectIndex, override?: Val): string | null {
  return nameOf(override) ?? (clsQ ? nameOf(index.classAttr(clsQ, 'serializer_class')?.value) : null);
}

/** Endpoints of a route whose view is DRF's; null when it is not. */
export function drfViewEndpoints(t: UrlTarget, index: ProjectIndex, settings: ProjectSettings, djangoCsrf: CsrfState): Endpoint[] | null {
  const base = emptyGuarded();
  applyDjangoDecorators(base, [...t.wrappers].reverse(), index, t.file);
  if (t.view.k === 'ref' && t.view.q.endsWith('.urls')) return routerEndpoints(t.view.q.slice(0, -'.urls'.length), t, index, settings, djangoCsrf);
  const q = nameOf(t.view);
  if (t.view.k === 'ref') {
    const fn = index.fn(q);
    const api = fn?.fact.decorators.find((d) => /^rest_framework\.decorators\.api_view$/.test(nameOf(d) ?? ''));
    if (!fn || !api) return null;
    const methods = api.k === 'call' && api.args[0] ? methodList(listOf(api.args[0]).flatMap((x) => (x.k === 'str' ? [x.v] : []))) : (['GET'] as HttpMethod[]);
    const over: Record<string, Val | undefined> = {};
    for (const d of fn.fact.decorators) {
      const name = lastName(nameOf(d));
      if (d.k === 'call' && ['permission_classes', 'authentication_classes', 'throttle_classes'].includes(name) && nameOf(d)!.startsWith('rest_framework.decorators.')) over[name] = d.args[0];
    }
    const g0 = cloneGuarded(base);
    applyDjangoDecorators(g0, fn.fact.decorators, index, fn.file);
    const pol = policy(index, settings, null, over);
    return splitBySafety(methods, pol, index).map((ms) => makeEndpoint({ framework: 'drf', methods: ms, path: t.path, params: t.params, handler: handlerOf(fn), checks: fn.fact.checks, guarded: guardedFor(g0, pol, ms, index), csrfDefault: csrfOf(pol, djangoCsrf) }));
  }
  if (t.view.k !== 'call' || !q?.endsWith('.as_view')) return null;
  const clsQ = q.slice(0, -'.as_view'.length);
  if (!index.cls(clsQ) || !isDrfClass(clsQ, index)) return null;
  const mapping = t.view.args[0];
  if (mapping?.k === 'dict') {
    const actions = mapping.entries.map(([m, a]) => [m, strOf(a)] as const).filter((x): x is readonly [string, string] => !!x[1]);
    return actions.map(([m, a]) => actionEndpoint(clsQ, a, methodList([m]), t.path, t.params, t.file, base, index, settings, djangoCsrf));
  }
  return classEndpoints(clsQ, t, base, index, settings, djangoCsrf);
}

function splitBySafety(methods: readonly HttpMethod[], pol: Policy, index: ProjectIndex): HttpMethod[][] {
  const differs = pol.permissions.names.some((n) => {
    const m = n ? permissionMeaning(n, index) : null;
    return m && m.safe !== m.unsafe;
  });
  if (!differs) return methods.length ? [[...methods]] : [];
  const safe = methods.filter((m) => SAFE.includes(m));
  const unsafe = methods.filter((m) => !SAFE.includes(m));
  return [safe, unsafe].filter((x) => x.length > 0);
}

function classEndpoints(clsQ: string, t: UrlTarget, base: Guarded, index: ProjectIndex, settings: ProjectSettings, djangoCsrf: CsrfState): Endpoint[] {
  const cls = index.cls(clsQ)!;
  const pol = policy(index, settings, clsQ, {});
  const g0 = cloneGuarded(base);
  for (const c of index.lineage(clsQ).classes) for (const d of c.fact.decorators) applyDjangoDecorators(g0, [d], index, c.file);
  const serializer = serializerOf(clsQ, index);
  const out: Endpoint[] = [];
  const own = new Set<HttpMethod>();
  for (const verb of ['get', 'post', 'put', 'patch', 'delete']) {
    const m = index.method(clsQ, verb);
    if (!m) continue;
    const ms = methodList([verb]);
    own.add(ms[0]!);
    const g = cloneGuarded(g0);
    authorizationOfClass(clsQ, index, g, m.fact);
    applyDjangoDecorators(g, m.fact.decorators, index, m.file);
    out.push(makeEndpoint({ framework: 'drf', methods: ms, path: t.path, params: t.params, handler: handlerOf(m), checks: m.fact.checks, guarded: guardedFor(g, pol, ms, index), csrfDefault: csrfOf(pol, djangoCsrf), input: serializer, response: serializer }));
  }
  const generic = new Set<HttpMethod>();
  for (const ext of index.lineage(clsQ).external) if (ext.startsWith('rest_framework.')) for (const m of GENERIC_METHODS[lastName(ext)] ?? []) generic.add(m);
  const rest = [...generic].filter((m) => !own.has(m));
  authorizationOfClass(clsQ, index, g0);
  for (const ms of splitBySafety(methodList(rest), pol, index)) {
    out.push(makeEndpoint({ framework: 'drf', methods: ms, path: t.path, params: t.params, handler: { file: cls.file.path, line: cls.fact.line, name: clsQ }, guarded: guardedFor(g0, pol, ms, index), csrfDefault: csrfOf(pol, djangoCsrf), input: serializer, response: serializer }));
  }
  return out;
}

function actionEndpoint(clsQ: string, action: string, methods: HttpMethod[], path: string, params: UrlTarget['params'], file: FileEndpointFacts, base: Guarded, index: ProjectIndex, settings: ProjectSettings, djangoCsrf: CsrfState, extra?: Located<FunctionFact>, actionDecorator?: Val): Endpoint {
  const cls = index.cls(clsQ)!;
  const m = extra ?? index.method(clsQ, action);
  const over: Record<string, Val | undefined> = {};
  if (actionDecorator?.k === 'call') for (const k of ['permission_classes', 'authentication_classes', 'throttle_classes']) if (actionDecorator.kw[k]) over[k] = actionDecorator.kw[k];
  const pol = policy(index, settings, clsQ, over);
  const g = cloneGuarded(base);
  authorizationOfClass(clsQ, index, g, m?.fact);
  for (const c of index.lineage(clsQ).classes) for (const d of c.fact.decorators) applyDjangoDecorators(g, [d], index, c.file);
  if (m) applyDjangoDecorators(g, m.fact.decorators.filter((d) => !/^rest_framework\.decorators\./.test(nameOf(d) ?? '')), index, m.file);
  const serializer = serializerOf(clsQ, index, actionDecorator?.k === 'call' ? actionDecorator.kw['serializer_class'] : undefined);
  void file;
  return makeEndpoint({
    framework: 'drf', methods, path, params,
    handler: m ? handlerOf(m) : { file: cls.file.path, line: cls.fact.line, name: `${clsQ}.${action}` },
    checks: m?.fact.checks,
    guarded: guardedFor(g, pol, methods, index), csrfDefault: csrfOf(pol, djangoCsrf), input: serializer, response: serializer,
  });
}

function viewsetActions(clsQ: string, index: ProjectIndex): string[] {
  const out = new Set<string>();
  for (const ext of index.lineage(clsQ).external) if (ext.startsWith('rest_framework.')) for (const a of VIEWSET_ACTIONS[lastName(ext)] ?? []) out.add(a);
  for (const a of Object.keys(ACTIONS)) if (index.method(clsQ, a)) out.add(a);
  return Object.keys(ACTIONS).filter((a) => out.has(a));
}

function routerEndpoints(routerQ: string, t: UrlTarget, index: ProjectIndex, settings: ProjectSettings, djangoCsrf: CsrfState): Endpoint[] | null {
  const ctor = index.constructor_(routerQ, t.file) ?? index.constructor_(routerQ);
  if (!ctor?.startsWith('rest_framework.routers.') && !index.callsOf('register').some((c) => index.same(c.fact.recv, routerQ))) return null;
  const ctorCall = index.assign(routerQ, t.file) ?? index.assign(routerQ);
  const trailing = ctorCall?.k === 'call' && ctorCall.kw['trailing_slash']?.k === 'bool' && !(ctorCall.kw['trailing_slash'] as { v: boolean }).v ? '' : '/';
  const out: Endpoint[] = [];
  for (const reg of index.callsOf('register').filter((c) => index.same(c.fact.recv, routerQ))) {
    const prefix = strOf(reg.fact.call.args[0] ?? reg.fact.call.kw['prefix']);
    const vs = nameOf(reg.fact.call.args[1] ?? reg.fact.call.kw['viewset']);
    if (prefix === null || !vs || !index.cls(vs)) continue;
    const pre = regexPath(prefix);
    const lookup = strOf(index.classAttr(vs, 'lookup_url_kwarg')?.value) ?? strOf(index.classAttr(vs, 'lookup_field')?.value) ?? 'pk';
    const collection = joinPath(t.path, pre.path) + trailing;
    const detail = joinPath(t.path, `${pre.path}/{${lookup}}`) + trailing;
    const params = [...t.params, ...pre.params];
    const detailParams = [...params, { name: lookup, type: 'str' }];
    out.push(...viewsetEndpoints(vs, collection, detail, params, detailParams, trailing, reg.file, index, settings, djangoCsrf));
  }
  return out;
}

/** A viewset's generated actions and @actions under a collection and a detail path. */
function viewsetEndpoints(vs: string, collection: string, detail: string, params: UrlTarget['params'], detailParams: UrlTarget['params'], trailing: string, file: FileEndpointFacts, index: ProjectIndex, settings: ProjectSettings, djangoCsrf: CsrfState): Endpoint[] {
  const out: Endpoint[] = [];
  const base = emptyGuarded();
  for (const a of viewsetActions(vs, index)) {
    const spec = ACTIONS[a]!;
    out.push(actionEndpoint(vs, a, [spec.method], spec.detail ? detail : collection, spec.detail ? detailParams : params, file, base, index, settings, djangoCsrf));
  }
  for (const c of index.lineage(vs).classes) {
    for (const m of Object.values(c.fact.methods)) {
      const dec = m.decorators.find((d) => /^rest_framework\.decorators\.(action|detail_route|list_route)$/.test(nameOf(d) ?? ''));
      if (!dec) continue;
      const isDetail = nameOf(dec)!.endsWith('detail_route') || (dec.k === 'call' && dec.kw['detail']?.k === 'bool' && (dec.kw['detail'] as { v: boolean }).v);
      const methods = dec.k === 'call' && dec.kw['methods'] ? methodList(listOf(dec.kw['methods']).flatMap((x) => (x.k === 'str' ? [x.v] : []))) : (['GET'] as HttpMethod[]);
      const urlPath = (dec.k === 'call' ? strOf(dec.kw['url_path']) : null) ?? m.name;
      const p = (isDetail ? detail.replace(/\/$/, '') : collection.replace(/\/$/, '')) + `/${urlPath}` + trailing;
      out.push(actionEndpoint(vs, m.name, methods, p, isDetail ? detailParams : params, file, base, index, settings, djangoCsrf, { file: c.file, fact: m }, dec));
    }
  }
  return out;
}

const VIEW_BASES = /^rest_framework\.(views|generics|viewsets)\./;

/**
 * DRF views nothing in the scanned code routes: @api_view functions, and APIView / generic view /
 * viewset classes no other project class derives from. A viewset's detail actions get the `/{pk}`
 * its router would add.
 */
function drfUnrouted(index: ProjectIndex, settings: ProjectSettings, djangoCsrf: CsrfState, claimed: ReadonlySet<string>): Endpoint[] {
  const out: Endpoint[] = [];
  for (const file of index.files) {
    if (!file.frameworks?.includes('drf') || isTestFile(file)) continue;
    for (const fn of file.functions) {
      if (claimed.has(fn.q) || !isModuleFunction(fn, file) || !fn.decorators.some((d) => nameOf(d) === 'rest_framework.decorators.api_view')) continue;
      const t: UrlTarget = { path: unroutedPath(fn.q), params: signatureParams(fn, 1), view: { k: 'ref', q: fn.q }, wrappers: [], file, line: fn.line };
      out.push(...(drfViewEndpoints(t, index, settings, djangoCsrf) ?? []));
    }
    for (const c of file.classes) {
      if (claimed.has(c.q) || /Mixin$/.test(c.name) || index.isBase(c.q)) continue;
      const external = index.lineage(c.q).external;
      if (!external.some((e) => VIEW_BASES.test(e))) continue;
      if (external.some((e) => e.startsWith('rest_framework.viewsets.'))) {
        const lookup = strOf(index.classAttr(c.q, 'lookup_url_kwarg')?.value) ?? strOf(index.classAttr(c.q, 'lookup_field')?.value) ?? 'pk';
        const collection = unroutedPath(c.q);
        out.push(...viewsetEndpoints(c.q, collection, `${collection}/{${lookup}}`, [], [{ name: lookup, type: 'str' }], '', file, index, settings, djangoCsrf));
        continue;
      }
      const t: UrlTarget = { path: unroutedPath(c.q), params: [], view: { k: 'call', q: `${c.q}.as_view`, args: [], kw: {}, line: c.line }, wrappers: [], file, line: c.line };
      out.push(...(drfViewEndpoints(t, index, settings, djangoCsrf) ?? []));
    }
  }
  return out;
}

/**
 * What DRF's own actions do for a class that only declares attributes: detail actions look the object
 * up by the URL's lookup kwarg in `queryset` / get_queryset (scoped when get_queryset or an overridden
 * get_object names the caller); create, update and destroy write through the serializer.
 */
function drfGenericChecks(e: Endpoint, index: ProjectIndex): HandlerChecks | null {
  let clsQ = e.handler.name;
  let action: string | null = null;
  if (!index.cls(clsQ)) {
    const dot = clsQ.lastIndexOf('.');
    action = clsQ.slice(dot + 1);
    clsQ = clsQ.slice(0, dot);
    if (!ACTIONS[action] || !index.cls(clsQ)) return null;
  }
  if (!isDrfClass(clsQ, index)) return null;
  const external = index.lineage(clsQ).external.filter((x) => x.startsWith('rest_framework.')).map(lastName);
  const detail = action ? ACTIONS[action]!.detail : external.some((b) => /^(Retrieve|Update|Destroy)/.test(b));
  const cls = index.cls(clsQ)!;
  const at = (attr: string) => index.classAttr(clsQ, attr)?.owner.fact.attrAt?.[attr];
  const where = at('queryset') ?? { line: cls.fact.line, text: `class ${cls.fact.name}` };
  const qs = index.method(clsQ, 'get_queryset');
  const getObject = index.method(clsQ, 'get_object');
  const scoped = !!qs?.fact.checks.userScoped || (!!getObject && (getObject.fact.checks.userScoped || !!getObject.fact.checks.ownerGate || getObject.fact.checks.rejects));
  const qsVal = index.classAttr(clsQ, 'queryset')?.value;
  const model = /(?:^|\.)([A-Z]\w*)\.objects\b/.exec(nameOf(qsVal) ?? '')?.[1] ?? null;
  const unsafe = e.methods.some((m) => STATE_CHANGING_METHODS.includes(m));
  return genericChecks({
    userScoped: scoped,
    writes: unsafe ? { line: where.line, text: where.text } : null,
    objectFetch: detail && !getObject ? { ...where, statement: where.text, model, implicit: true } : null,
  });
}

export const drfEndpoints: FrameworkEndpoints = {
  urlView: (t, ctx) => drfViewEndpoints(t, ctx.index, ctx.settings, ctx.djangoCsrf),
  unrouted: (ctx, claimed) => drfUnrouted(ctx.index, ctx.settings, ctx.djangoCsrf, claimed),
  handlerChecks: (e, ctx) => credentialViewChecks(e) ?? drfGenericChecks(e, ctx.index),
};
