// Django's routes: urlpatterns walked from the root URLconf through include() with their prefixes,
// function views with their decorators, class-based views with their HTTP methods and mixins, and
// the admin site. DRF views and routers met on the way are handed to drf/endpoints.ts.
import type { CsrfState, Endpoint, EndpointParam, HttpMethod } from '../../../domain/index.js';
import type { FileEndpointFacts, FunctionFact } from '../../endpoints/file-facts.js';
import { nameOf, type Located, type ProjectIndex } from '../../endpoints/project.js';
import { apply, emptyGuarded, judgeDecorator, judgeProjectFunction, requires, type DecoratorTable, type Effect, type Guarded } from '../../endpoints/guards.js';
import { makeEndpoint, methodList } from '../../endpoints/build.js';
import { djangoPath, joinPath, regexPath } from '../../endpoints/paths.js';
import { hasMiddleware, type ProjectSettings } from '../../endpoints/settings.js';
import { lastName, listOf, strOf, type Val } from '../../endpoints/values.js';
import type { FrameworkEndpoints, UrlTarget } from '../../endpoints/framework-part.js';
import { isModuleFunction, isTestFile, signatureParams, VIEW_MODULE } from '../../endpoints/unrouted.js';
import { unroutedPath } from '../../../domain/index.js';
import { genericChecks, type HandlerChecks } from '../../endpoints/handler-checks.js';
import { credentialViewChecks, credentialViewEndpoint } from './credential-views.js';

export type { UrlTarget };

const PATH_FUNCS = new Set(['django.urls.path', 'django.urls.conf.path', 'django.urls.re_path', 'django.urls.conf.re_path', 'django.conf.urls.url']);
const INCLUDE = new Set(['django.urls.include', 'django.urls.conf.include', 'django.conf.urls.include']);
const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

const methodsOf = (v: Val): HttpMethod[] => methodList(listOf(v.k === 'call' ? v.args[0] : undefined).flatMap((x) => (x.k === 'str' ? [x.v] : [])));
const userTest = (v: Val): Effect => {
  const test = v.k === 'call' ? v.args[0] : undefined;
  const text = test?.k === 'other' ? test.text : test?.k === 'ref' ? test.q : '';
  const strong = /is_authenticated|is_staff|is_superuser|has_perm|is_active/.test(text);
  // A test of is_authenticated / is_active alone is a login check, not an authorization.
  const loginOnly = /^lambda\s+\w+\s*:\s*(?:\w+\.is_authenticated|\w+\.is_active)(?:\s+and\s+\w+\.(?:is_authenticated|is_active))*\s*$/.test(text.trim());
  const authorization = loginOnly ? undefined : { kind: /is_staff|is_superuser/.test(text) ? ('role' as const) : /has_perm/.test(text) ? ('permission' as const) : ('custom' as const), name: 'user_passes_test' };
  return { guard: { kind: 'decorator', name: 'django.contrib.auth.decorators.user_passes_test', authentication: strong ? 'required' : 'unknown' }, authorization };
};

export const DJANGO_DECORATORS: DecoratorTable = {
  'django.contrib.auth.decorators.login_required': () => requires('decorator', 'django.contrib.auth.decorators.login_required'),
  'django.contrib.auth.decorators.permission_required': () => ({ ...requires('decorator', 'django.contrib.auth.decorators.permission_required'), authorization: { kind: 'permission', name: 'permission_required' } }),
  'django.contrib.auth.decorators.user_passes_test': userTest,
  'django.contrib.admin.views.decorators.staff_member_required': () => ({ ...requires('decorator', 'django.contrib.admin.views.decorators.staff_member_required'), authorization: { kind: 'role', name: 'staff_member_required' } }),
  'django.contrib.auth.decorators.login_not_required': () => ({ neutral: true }),
  'django.views.decorators.csrf.csrf_exempt': () => ({ csrf: 'exempt' }),
  'django.views.decorators.csrf.csrf_protect': () => ({ csrf: 'protected' }),
  'django.views.decorators.http.require_POST': () => ({ methods: ['POST'] }),
  'django.views.decorators.http.require_GET': () => ({ methods: ['GET'] }),
  'django.views.decorators.http.require_safe': () => ({ methods: ['GET', 'HEAD'] }),
  'django.views.decorators.http.require_http_methods': (v) => ({ methods: methodsOf(v) }),
  'django_ratelimit.decorators.ratelimit': () => ({ throttled: true }),
  'ratelimit.decorators.ratelimit': () => ({ throttled: true }),
  'axes.decorators.axes_dispatch': () => ({ throttled: true }),
};

function djangoDecorator(v: Val, index: ProjectIndex, file: FileEndpointFacts): Effect {
  const q = nameOf(v) ?? '';
  if (q === 'django.utils.decorators.method_decorator' && v.k === 'call') {
    // method_decorator(login_required) or method_decorator([login_required, never_cache])
    const g = emptyGuarded();
    const inner = listOf(v.args[0]);
    const effects = inner.map((d) => djangoDecorator(d, index, file));
    for (const e of effects) apply(g, e);
    return { guard: g.guards[0], authorization: g.authorization[0], throttled: g.throttled, csrf: g.csrf ?? undefined, methods: g.methods ?? undefined, neutral: effects.every((e) => e.neutral) };
  }
  if (/^django\.(views\.decorators|db\.transaction|utils\.decorators)\./.test(q) && !DJANGO_DECORATORS[q]) return { neutral: true };
  if (q.startsWith('rest_framework.decorators.')) return { neutral: true }; // judged by drf/endpoints.ts
  return judgeDecorator(v, DJANGO_DECORATORS, index, file);
}

export function applyDjangoDecorators(g: Guarded, decorators: readonly Val[], index: ProjectIndex, file: FileEndpointFacts): void {
  for (const d of decorators) apply(g, djangoDecorator(d, index, file));
}

/** CSRF protection of unsafe methods for session-authenticated views. */
export function djangoCsrf(settings: ProjectSettings): CsrfState {
  if (settings.middleware === null) return 'unknown';
  return hasMiddleware(settings, 'django.middleware.csrf.CsrfViewMiddleware') ? 'protected' : 'unprotected';
}

/** Every route of the project's URLconfs, prefixes applied. */
export function djangoUrlTargets(index: ProjectIndex, settings: ProjectSettings): UrlTarget[] {
  const withPatterns = index.files.filter((f) => f.urlpatterns.length > 0);
  const included = new Set<string>();
  for (const f of withPatterns) for (const item of f.urlpatterns) for (const m of includedModules(item, index, f)) included.add(index.module(m)?.module ?? m);
  const roots = settings.rootUrlconfs.map((r) => index.module(r)?.module).filter((m): m is string => !!m && !!index.modules.get(m)?.urlpatterns.length);
  const start = roots.length > 0 ? roots : withPatterns.filter((f) => !included.has(f.module)).map((f) => f.module);
  const out: UrlTarget[] = [];
  const walk = (items: readonly Val[], file: FileEndpointFacts, prefix: string, params: EndpointParam[], stack: string[]) => {
    for (const item of items) {
      if (item.k === 'ref' || (item.k === 'call' && !PATH_FUNCS.has(item.q ?? ''))) {
        // `urlpatterns = base_urlpatterns + extra` (module lists), `urlpatterns += router.urls`.
        const name = item.k === 'ref' ? item.q : null;
        const list = name ? index.assign(name, file) : undefined;
        if (name && list?.k === 'list' && stack.length < 16 && !stack.includes(name)) walk(list.items, file, prefix, params, [...stack, name]);
        else if (item.k === 'ref') out.push({ path: prefix, params, view: item, wrappers: [], file, line: file.urlpatternsLine });
        continue;
      }
      if (item.k !== 'call') continue;
      const route = strOf(item.args[0] ?? item.kw['route']);
      const view = item.args[1] ?? item.kw['view'];
      if (route === null || !view) continue;
      const norm = item.q?.endsWith('.path') ? djangoPath(route) : regexPath(route);
      const path = joinPath(prefix, norm.path) || '/';
      const allParams = [...params, ...norm.params];
      if (view.k === 'call' && INCLUDE.has(view.q ?? '')) {
        const target = view.args[0];
        const mod = strOf(target) ?? strOf(target?.k === 'list' ? target.items[0] : undefined);
        const m = mod ? index.module(mod) : undefined;
        if (mod && m && !stack.includes(m.module)) {
          walk(m.urlpatterns, m, path, allParams, [...stack, m.module]);
        } else if (mod) {
          // An include of a module outside the scanned folder: its routes are not seen.
        } else if (target?.k === 'list' && !mod) walk(target.items, file, path, allParams, stack);
        else if (target?.k === 'ref') {
          // `include(list_patterns)` (a module-level list) or `include(rest.urls)` (an imported URLconf module).
          const list = index.assign(target.q, file);
          const refMod = list ? undefined : index.module(target.q);
          if (list?.k === 'list') {
            if (!stack.includes(target.q)) walk(list.items, file, path, allParams, [...stack, target.q]);
          } else if (refMod?.urlpatterns.length) {
            if (!stack.includes(refMod.module)) walk(refMod.urlpatterns, refMod, path, allParams, [...stack, refMod.module]);
          } else out.push({ path, params: allParams, view: target, wrappers: [], file, line: view.line });
        }
        continue;
      }
      const wrappers: Val[] = [];
      let v: Val = view;
      while (v.k === 'call' && !(v.q ?? '').endsWith('.as_view') && v.args[0] && wrappers.length < 8) {
        wrappers.push(v);
        v = v.args[0];
      }
      out.push({ path, params: allParams, view: v, wrappers, file, line: item.line });
    }
  };
  for (const mod of start) {
    const m = index.modules.get(mod);
    if (m) walk(m.urlpatterns, m, '', [], [mod]);
    // The root URLconf's error views answer every URL that fails: listed as `(handler404)`.
    for (const code of ['400', '403', '404', '500']) {
      const v = m?.assigns[`${mod}.handler${code}`];
      const view: Val | null = v?.k === 'str' ? { k: 'ref', q: v.v } : v?.k === 'ref' ? v : null;
      if (m && view) out.push({ path: `(handler${code})`, params: [], view, wrappers: [], file: m, line: m.urlpatternsLine });
    }
  }
  return out;
}

function includedModules(item: Val, index: ProjectIndex, file: FileEndpointFacts, depth = 0): string[] {
  // `urlpatterns = graphite_urls`: the items of a module list are the URLconf's own.
  if (item.k === 'ref') {
    const list = depth < 8 ? index.assign(item.q, file) : undefined;
    return list?.k === 'list' ? list.items.flatMap((i) => includedModules(i, index, file, depth + 1)) : [];
  }
  if (item.k !== 'call') return [];
  const view = item.args[1] ?? item.kw['view'];
  if (view?.k !== 'call' || !INCLUDE.has(view.q ?? '')) return [];
  const t = view.args[0];
  const mod = strOf(t) ?? strOf(t?.k === 'list' ? t.items[0] : undefined) ?? (t?.k === 'ref' ? t.q : null);
  return mod ? [mod] : t?.k === 'list' ? t.items.flatMap((i) => includedModules(i, index, file, depth + 1)) : [];
}

/** Methods a Django generic view answers when the project class does not define its own. */
const GENERIC_METHODS: Record<string, HttpMethod[]> = {
  View: [], TemplateView: ['GET'], RedirectView: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'], ListView: ['GET'], DetailView: ['GET'],
  ArchiveIndexView: ['GET'], YearArchiveView: ['GET'], MonthArchiveView: ['GET'], DayArchiveView: ['GET'], DateDetailView: ['GET'],
  FormView: ['GET', 'POST'], CreateView: ['GET', 'POST'], UpdateView: ['GET', 'POST'], DeleteView: ['GET', 'POST'], LoginView: ['GET', 'POST'],
  LogoutView: ['POST'], PasswordChangeView: ['GET', 'POST'], PasswordResetView: ['GET', 'POST'], PasswordResetConfirmView: ['GET', 'POST'],
  PasswordResetDoneView: ['GET'], PasswordResetCompleteView: ['GET'], PasswordChangeDoneView: ['GET'],
};

const MIXINS: Record<string, Effect> = {
  'django.contrib.auth.mixins.LoginRequiredMixin': requires('mixin', 'django.contrib.auth.mixins.LoginRequiredMixin'),
  'django.contrib.auth.mixins.PermissionRequiredMixin': { ...requires('mixin', 'django.contrib.auth.mixins.PermissionRequiredMixin'), authorization: { kind: 'permission', name: 'PermissionRequiredMixin' } },
};

const LOGIN_REQUIRED_MIDDLEWARE = 'django.contrib.auth.middleware.LoginRequiredMiddleware';
const LOGIN_NOT_REQUIRED = 'django.contrib.auth.decorators.login_not_required';
/** Django's own views that 5.1 marks login_not_required: a login page behind a login would be unreachable. */
const OPEN_AUTH_VIEWS = /^django\.contrib\.auth\.views\.(?:LoginView|PasswordResetView|PasswordResetDoneView|PasswordResetConfirmView|PasswordResetCompleteView|LogoutView)$/;

/** Whether decorators (or method_decorator lists) mark a view login_not_required. */
function markedOpen(decorators: readonly Val[]): boolean {
  return decorators.some((d) => {
    const q = nameOf(d);
    if (q === LOGIN_NOT_REQUIRED) return true;
    return q === 'django.utils.decorators.method_decorator' && d.k === 'call' && listOf(d.args[0]).some((x) => nameOf(x) === LOGIN_NOT_REQUIRED);
  });
}

/**
 * Django 5.1's LoginRequiredMiddleware sends every anonymous request to the login page unless the view
 * is marked login_not_required: a guard of every view the project does not open explicitly.
 */
function middlewareLogin(g: Guarded, settings: ProjectSettings, open: boolean): void {
  if (open || !hasMiddleware(settings, LOGIN_REQUIRED_MIDDLEWARE)) return;
  apply(g, { guard: { kind: 'before_request', name: LOGIN_REQUIRED_MIDDLEWARE, authentication: 'required', source: 'settings' } });
}

export function djangoViewEndpoints(t: UrlTarget, index: ProjectIndex, settings: ProjectSettings): Endpoint[] | null {
  const csrfDefault = djangoCsrf(settings);
  const base = emptyGuarded();
  applyDjangoDecorators(base, [...t.wrappers].reverse(), index, t.file);
  const q = nameOf(t.view);
  if (t.view.k === 'ref' && /(^|\.)(admin\.site|site)\.urls$/.test(t.view.q) && (t.view.q.startsWith('django.contrib.admin') || index.constructor_(t.view.q.replace(/\.urls$/, ''), t.file)?.startsWith('django.contrib.admin'))) {
    apply(base, { guard: { kind: 'admin_site', name: t.view.q.replace(/\.urls$/, ''), authentication: 'required' }, authorization: { kind: 'role', name: 'is_staff' } });
    return [makeEndpoint({ framework: 'django', methods: ['GET', 'POST'], path: t.path, params: t.params, handler: { file: t.file.path, line: t.line, name: t.view.q }, guarded: base, csrfDefault })];
  }
  if (t.view.k === 'ref') {
    const fn = index.fn(q);
    if (!fn) return credentialViewEndpoint(t.view.q, t, base, settings, csrfDefault);
    const g = cloneGuarded(base);
    applyDjangoDecorators(g, fn.fact.decorators, index, fn.file);
    middlewareLogin(g, settings, markedOpen([...t.wrappers, ...fn.fact.decorators]));
    // Django calls a function view for any method; the ones it handles are those its body tests for.
    const tested = methodList(fn.fact.checks.methods);
    const methods: HttpMethod[] = g.methods ?? methodList(['GET', ...tested]);
    return [makeEndpoint({ framework: 'django', methods, path: t.path, params: t.params, handler: handlerOf(fn), checks: fn.fact.checks, guarded: g, csrfDefault })];
  }
  if (t.view.k === 'call' && q?.endsWith('.as_view')) {
    const clsQ = q.slice(0, -'.as_view'.length);
    const cls = index.cls(clsQ);
    if (!cls) return credentialViewEndpoint(q, t, base, settings, csrfDefault);
    const { classes, external } = index.lineage(clsQ);
    const open = markedOpen(t.wrappers) || external.some((x) => OPEN_AUTH_VIEWS.test(x)) || OPEN_AUTH_VIEWS.test(clsQ) || classes.some((c) => markedOpen(c.fact.decorators) || markedOpen(c.fact.methods['dispatch']?.decorators ?? []));
    const guarded = cloneGuarded(base);
    middlewareLogin(guarded, settings, open);
    return classViewEndpoints(clsQ, t, guarded, index, csrfDefault);
  }
  return null;
}

function classViewEndpoints(clsQ: string, t: UrlTarget, base: Guarded, index: ProjectIndex, csrfDefault: CsrfState): Endpoint[] {
  const cls = index.cls(clsQ)!;
  const { classes, external } = index.lineage(clsQ);
  const g = cloneGuarded(base);
  for (const ext of external) if (MIXINS[ext]) apply(g, MIXINS[ext]!);
  if (external.includes('django.contrib.auth.mixins.UserPassesTestMixin')) {
    const test = index.method(clsQ, 'test_func');
    const c = test?.fact.checks;
    apply(g, { guard: { kind: 'mixin', name: 'django.contrib.auth.mixins.UserPassesTestMixin', authentication: c && (c.role || c.perm || /is_authenticated/.test(test.fact.q)) ? 'required' : 'unknown' }, authorization: { kind: c?.role ? 'role' : c?.perm ? 'permission' : c?.userScoped ? 'object' : 'custom', name: 'UserPassesTestMixin' } });
  }
  for (const c of classes) {
    for (const d of c.fact.decorators) apply(g, djangoClassDecorator(d, index, c.file));
    // A project mixin recognised by what its dispatch checks.
    const dispatch = c.fact.methods['dispatch'];
    // Its decorators (method_decorator(login_required)) guard every subclass that inherits it.
    if (dispatch) applyDjangoDecorators(g, dispatch.decorators, index, c.file);
    if (dispatch && c.fact.q !== clsQ) {
      const e = judgeProjectFunction(dispatch.q, index, 'mixin');
      if (e) apply(g, e);
    }
  }
  const allowed = index.classAttr(clsQ, 'http_method_names');
  const allowList = allowed ? methodList(listOf(allowed.value).flatMap((x) => (x.k === 'str' ? [x.v] : []))) : null;
  const formClass = nameOf(index.classAttr(clsQ, 'form_class')?.value);
  const out: Endpoint[] = [];
  const own = new Set<string>();
  for (const verb of HTTP_VERBS) {
    const m = index.method(clsQ, verb);
    if (!m || (allowList && !allowList.includes(verb.toUpperCase() as HttpMethod))) continue;
    own.add(verb);
    const mg = cloneGuarded(g);
    applyDjangoDecorators(mg, m.fact.decorators, index, m.file);
    out.push(makeEndpoint({ framework: 'django', methods: methodList([verb]), path: t.path, params: t.params, handler: handlerOf(m), checks: m.fact.checks, guarded: mg, csrfDefault, input: formClass }));
  }
  const generic = new Set<HttpMethod>();
  for (const ext of external) for (const m of GENERIC_METHODS[lastName(ext)] ?? []) if (ext.startsWith('django.')) generic.add(m);
  const rest = [...generic].filter((m) => !own.has(m.toLowerCase()) && m !== 'HEAD' && m !== 'OPTIONS' && (!allowList || allowList.includes(m)));
  if (rest.length > 0) out.push(makeEndpoint({ framework: 'django', methods: rest, path: t.path, params: t.params, handler: { file: cls.file.path, line: cls.fact.line, name: clsQ }, guarded: g, csrfDefault, input: formClass }));
  return out;
}

function djangoClassDecorator(v: Val, index: ProjectIndex, file: FileEndpointFacts): Effect {
  // @method_decorator(login_required, name='dispatch') on the class.
  if (nameOf(v) === 'django.utils.decorators.method_decorator' && v.k === 'call') {
    const name = strOf(v.kw['name']);
    if (name && name !== 'dispatch' && !HTTP_VERBS.includes(name)) return { neutral: true };
  }
  return djangoDecorator(v, index, file);
}

export function cloneGuarded(g: Guarded): Guarded {
  return { guards: [...g.guards], authorization: [...g.authorization], throttled: g.throttled, csrf: g.csrf, methods: g.methods ? [...g.methods] : null };
}

export function handlerOf(fn: Located<FunctionFact>): { file: string; line: number; name: string } {
  return { file: fn.file.path, line: fn.fact.line, name: fn.fact.q };
}

/**
 * Django views nothing in the scanned code routes: module functions taking `request` first that the
 * project never calls itself and that sit in a views module, wear a Django decorator or return a
 * response; classes deriving from Django's View that no other project class derives from.
 */
function djangoUnrouted(index: ProjectIndex, settings: ProjectSettings, claimed: ReadonlySet<string>): Endpoint[] {
  const out: Endpoint[] = [];
  for (const file of index.files) {
    if (!file.frameworks?.includes('django') || isTestFile(file)) continue;
    for (const fn of file.functions) {
      if (claimed.has(fn.q) || !isModuleFunction(fn, file) || fn.params[0]?.name !== 'request' || index.isCalled(fn.q)) continue;
      const decorated = fn.decorators.some((d) => (nameOf(d) ?? '').startsWith('django.'));
      if (!VIEW_MODULE.test(file.path) && !decorated && !fn.checks.responds) continue;
      const t: UrlTarget = { path: unroutedPath(fn.q), params: signatureParams(fn, 1), view: { k: 'ref', q: fn.q }, wrappers: [], file, line: fn.line };
      out.push(...(djangoViewEndpoints(t, index, settings) ?? []));
    }
    for (const c of file.classes) {
      if (claimed.has(c.q) || /Mixin$/.test(c.name) || index.isBase(c.q)) continue;
      if (!index.lineage(c.q).external.some((e) => /^django\.(views|contrib\.auth\.views)\./.test(e))) continue;
      const t: UrlTarget = { path: unroutedPath(c.q), params: [], view: { k: 'call', q: `${c.q}.as_view`, args: [], kw: {}, line: c.line }, wrappers: [], file, line: c.line };
      out.push(...(djangoViewEndpoints(t, index, settings) ?? []));
    }
  }
  return out;
}

const DETAIL_VIEWS = /^(DetailView|UpdateView|DeleteView|BaseDetailView|BaseUpdateView|BaseDeleteView|SingleObjectMixin|SingleObjectTemplateResponseMixin)$/;
const EDIT_VIEWS = /^(CreateView|UpdateView|DeleteView|FormView|BaseCreateView|BaseUpdateView|BaseDeleteView|BaseFormView)$/;

/**
 * What Django's generic views do for a class that only declares attributes: Detail/Update/DeleteView
 * look the object up by the URL's pk or slug in `model` / `queryset` / get_queryset (scoped when
 * get_queryset or an overridden get_object names the caller); the edit views write on POST.
 */
function djangoGenericChecks(e: Endpoint, index: ProjectIndex): HandlerChecks | null {
  const clsQ = e.handler.name;
  const cls = index.cls(clsQ);
  if (!cls) return null;
  const external = index.lineage(clsQ).external.filter((x) => x.startsWith('django.')).map(lastName);
  if (external.length === 0) return null;
  const detail = external.some((b) => DETAIL_VIEWS.test(b));
  const at = (attr: string) => index.classAttr(clsQ, attr)?.owner.fact.attrAt?.[attr];
  const where = at('queryset') ?? at('model') ?? { line: cls.fact.line, text: `class ${cls.fact.name}` };
  const qs = index.method(clsQ, 'get_queryset');
  const getObject = index.method(clsQ, 'get_object');
  const scoped = !!qs?.fact.checks.userScoped || (!!getObject && (getObject.fact.checks.userScoped || !!getObject.fact.checks.ownerGate || getObject.fact.checks.rejects));
  const modelVal = index.classAttr(clsQ, 'model')?.value;
  const model = modelVal?.k === 'ref' ? lastName(modelVal.q) : /(?:^|\.)([A-Z]\w*)\.objects\b/.exec(nameOf(index.classAttr(clsQ, 'queryset')?.value) ?? '')?.[1] ?? null;
  const writes = e.methods.includes('POST') && external.some((b) => EDIT_VIEWS.test(b));
  // What the page shows comes from the class's own context and queryset hooks.
  const hooks = ['get_context_data', 'get_queryset'].flatMap((m) => index.method(clsQ, m)?.fact.checks ?? []);
  const readsAll = hooks.some((h) => h.userScoped) ? null : (hooks.find((h) => h.readsAll)?.readsAll ?? null);
  return genericChecks({
    userScoped: scoped,
    readsAll,
    writes: writes ? { line: where.line, text: where.text } : null,
    objectFetch: detail && !getObject ? { ...where, statement: where.text, model, implicit: true } : null,
  });
}

export const djangoEndpoints: FrameworkEndpoints = {
  handlerChecks: (e, ctx) => credentialViewChecks(e) ?? djangoGenericChecks(e, ctx.index),
  urlTargets: (ctx) => djangoUrlTargets(ctx.index, ctx.settings),
  urlView: (t, ctx) => djangoViewEndpoints(t, ctx.index, ctx.settings),
  unrouted: (ctx, claimed) => djangoUnrouted(ctx.index, ctx.settings, claimed),
};
