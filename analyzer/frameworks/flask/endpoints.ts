// Flask's routes: @app.route / @bp.route and the verb shortcuts, add_url_rule (functions and
// MethodView classes); blueprint prefixes from Blueprint(url_prefix=…)
// and register_blueprint(url_prefix=…), nested blueprints; guards from Flask-Login, Flask-HTTPAuth,
// Flask-JWT-Extended, Flask-Security, before_request hooks; Flask-Limiter and Flask-WTF CSRF.
import type { CsrfState, Endpoint, EndpointParam, HttpMethod } from '../../../domain/index.js';
import type { FileEndpointFacts, FunctionFact } from '../../endpoints/file-facts.js';
import { nameOf, type Located, type ProjectIndex } from '../../endpoints/project.js';
import { apply, emptyGuarded, judgeDecorator, judgeProjectFunction, requires, type DecoratorTable, type Effect, type Guarded } from '../../endpoints/guards.js';
import { makeEndpoint, methodList } from '../../endpoints/build.js';
import { joinPath, werkzeugPath } from '../../endpoints/paths.js';
import { lastName, listOf, strOf, type Val } from '../../endpoints/values.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';

const APPS = new Set(['flask.Flask', 'flask.app.Flask']);
const BLUEPRINTS = new Set(['flask.Blueprint', 'flask.blueprints.Blueprint']);
const ROUTE_VERBS: Record<string, HttpMethod[] | null> = { route: null, get: ['GET'], post: ['POST'], put: ['PUT'], patch: ['PATCH'], delete: ['DELETE'] };
const HTTPAUTH = ['flask_httpauth.HTTPBasicAuth', 'flask_httpauth.HTTPTokenAuth', 'flask_httpauth.HTTPDigestAuth', 'flask_httpauth.MultiAuth'];
const LIMITERS = ['flask_limiter.Limiter', 'flask_limiter.extension.Limiter', 'slowapi.Limiter', 'slowapi.extension.Limiter'];
const CSRF = ['flask_wtf.csrf.CSRFProtect', 'flask_wtf.CSRFProtect', 'flask_wtf.csrf.CsrfProtect'];

const httpAuth = (name: string) => (v: Val): Effect => {
  const role = v.k === 'call' ? v.kw['role'] : undefined;
  const optional = v.k === 'call' && v.kw['optional']?.k === 'bool' && (v.kw['optional'] as { v: boolean }).v;
  return { guard: { kind: 'decorator', name, authentication: optional ? 'none' : 'required' }, authorization: role ? { kind: 'role', name: `${name}(role)` } : undefined };
};
const jwt = (name: string) => (v: Val): Effect => {
  const optional = v.k === 'call' && v.kw['optional']?.k === 'bool' && (v.kw['optional'] as { v: boolean }).v;
  return { guard: { kind: 'decorator', name, authentication: optional ? 'none' : 'required' } };
};

export const FLASK_DECORATORS: DecoratorTable = {
  'flask_login.login_required': () => requires('decorator', 'flask_login.login_required'),
  'flask_login.utils.login_required': () => requires('decorator', 'flask_login.login_required'),
  'flask_login.fresh_login_required': () => requires('decorator', 'flask_login.fresh_login_required'),
  'flask_jwt_extended.jwt_required': jwt('flask_jwt_extended.jwt_required'),
  'flask_jwt_extended.fresh_jwt_required': jwt('flask_jwt_extended.fresh_jwt_required'),
  'flask_jwt_extended.jwt_refresh_token_required': jwt('flask_jwt_extended.jwt_refresh_token_required'),
  'flask_security.auth_required': () => requires('decorator', 'flask_security.auth_required'),
  'flask_security.login_required': () => requires('decorator', 'flask_security.login_required'),
  'flask_security.roles_required': () => ({ ...requires('decorator', 'flask_security.roles_required'), authorization: { kind: 'role', name: 'roles_required' } }),
  'flask_security.roles_accepted': () => ({ ...requires('decorator', 'flask_security.roles_accepted'), authorization: { kind: 'role', name: 'roles_accepted' } }),
  'flask_security.permissions_required': () => ({ ...requires('decorator', 'flask_security.permissions_required'), authorization: { kind: 'permission', name: 'permissions_required' } }),
  ...Object.fromEntries(HTTPAUTH.flatMap((c) => [[`${c}().login_required`, httpAuth(`${c}.login_required`)]])),
  ...Object.fromEntries(LIMITERS.flatMap((c) => [[`${c}().limit`, () => ({ throttled: true })], [`${c}().shared_limit`, () => ({ throttled: true })], [`${c}().exempt`, () => ({ neutral: true })]])),
  ...Object.fromEntries(CSRF.map((c) => [`${c}().exempt`, () => ({ csrf: 'exempt' as const })])),
};

/** An app or blueprint routes hang on (a Flask-RESTful Api's app too, see ../flask_restful/endpoints.ts). */
export interface Holder {
  q: string;
  file: FileEndpointFacts;
}

/** Full prefixes of an app or blueprint: where it is registered, recursively. */
export function prefixesOf(h: Holder, index: ProjectIndex, depth = 0): string[] {
  const ctor = index.constructor_(h.q, h.file);
  if (!ctor || !BLUEPRINTS.has(ctor) || depth > 8) return [''];
  const own = strOf((index.assign(h.q, h.file) as Extract<Val, { k: 'call' }>).kw['url_prefix']) ?? '';
  const regs = index.callsOf('register_blueprint').filter((c) => index.same(nameOf(c.fact.call.args[0] ?? c.fact.call.kw['blueprint']), h.q));
  if (regs.length === 0) return [own];
  return regs.flatMap((r) => {
    const p = strOf(r.fact.call.kw['url_prefix']) ?? own;
    const parent: Holder = { q: r.fact.recv ?? '', file: r.file };
    return prefixesOf(parent, index, depth + 1).map((pp) => joinPath(pp, p));
  });
}

function isHolder(q: string, file: FileEndpointFacts, index: ProjectIndex): boolean {
  const c = index.constructor_(q, file);
  return !!c && (APPS.has(c) || BLUEPRINTS.has(c));
}

/** Flask-WTF's CSRFProtect installed anywhere protects every view of the app. */
export function flaskCsrf(index: ProjectIndex): CsrfState {
  return index.files.some((f) => Object.values(f.assigns).some((v) => v.k === 'call' && CSRF.includes(v.q ?? '')) || f.bareCalls.some((c) => CSRF.includes(c))) ? 'protected' : 'unknown';
}

/**
 * What `csrf.exempt(x)` calls switch off, wherever they are: a blueprint (every view on it) or a
 * view function, as the call names it.
 */
function csrfExemptions(index: ProjectIndex): string[] {
  const out: string[] = [];
  for (const c of index.callsOf('exempt')) {
    const ctor = index.constructor_(c.fact.recv, c.file);
    const target = nameOf(c.fact.call.args[0] ?? c.fact.call.kw['view']);
    if (ctor && CSRF.includes(ctor) && target) out.push(target);
  }
  return out;
}

/** A Limiter with default_limits throttles every route. */
export function flaskThrottledAll(index: ProjectIndex): boolean {
  return index.files.some((f) => Object.values(f.assigns).some((v) => v.k === 'call' && LIMITERS.slice(0, 2).includes(v.q ?? '') && listOf(v.kw['default_limits']).length > 0));
}

export function flaskRoutes(index: ProjectIndex): Endpoint[] {
  const out: Endpoint[] = [];
  const csrf = flaskCsrf(index);
  const throttledAll = flaskThrottledAll(index);
  const hooks = beforeRequestHooks(index);
  const exemptions = csrfExemptions(index);
  const exempted = (q: string) => exemptions.some((x) => index.same(x, q));
  const emit = (holder: Holder, route: string, methods: HttpMethod[], fn: Located<FunctionFact> | null, cls: string | null, extra: Val[], params0: EndpointParam[] = []) => {
    for (const prefix of prefixesOf(holder, index)) {
      const norm = werkzeugPath(joinPath(prefix, route));
      const g = emptyGuarded();
      for (const h of [...(hooks.get(holder.q) ?? []), ...(hooks.get('*') ?? [])]) apply(g, h);
      for (const d of extra) apply(g, judgeDecorator(d, FLASK_DECORATORS, index, holder.file));
      if (throttledAll) g.throttled = true;
      if (exempted(holder.q) || (fn && exempted(fn.fact.q))) apply(g, { csrf: 'exempt' });
      if (fn) {
        const decorators = fn.fact.decorators.filter((d) => !routeOf(d, fn.file, index));
        for (const d of decorators) apply(g, judgeDecorator(d, FLASK_DECORATORS, index, fn.file));
        out.push(makeEndpoint({ framework: 'flask', methods, path: norm.path, params: [...params0, ...norm.params], handler: { file: fn.file.path, line: fn.fact.line, name: fn.fact.q }, checks: fn.fact.checks, guarded: g, csrfDefault: csrf }));
      } else if (cls) out.push(...classEndpoints(cls, g, norm.path, norm.params, index, csrf));
    }
  };
  for (const fn of index.functions.values()) {
    for (const d of fn.fact.decorators) {
      const r = routeOf(d, fn.file, index);
      if (!r) continue;
      emit(r.holder, r.path, r.methods, fn, null, []);
    }
  }
  for (const c of index.callsOf('add_url_rule')) {
    if (!c.fact.recv || !isHolder(c.fact.recv, c.file, index)) continue;
    const call = c.fact.call;
    const route = strOf(call.args[0] ?? call.kw['rule']);
    const view = call.args[2] ?? call.kw['view_func'];
    if (route === null || !view) continue;
    const methods = call.kw['methods'] ? methodList(listOf(call.kw['methods']).flatMap((x) => (x.k === 'str' ? [x.v] : []))) : null;
    const holder = { q: c.fact.recv, file: c.file };
    const vq = nameOf(view);
    if (view.k === 'call' && vq?.endsWith('.as_view')) emit(holder, route, methods ?? [], null, vq.slice(0, -'.as_view'.length), []);
    else {
      const wrappers: Val[] = [];
      let v: Val = view;
      while (v.k === 'call' && v.args[0] && wrappers.length < 8) {
        wrappers.push(v);
        v = v.args[0];
      }
      const fn = index.fn(nameOf(v));
      if (fn) emit(holder, route, methods ?? ['GET'], fn, null, wrappers);
    }
  }
  return out;
}

function routeOf(d: Val, file: FileEndpointFacts, index: ProjectIndex): { holder: Holder; path: string; methods: HttpMethod[] } | null {
  if (d.k !== 'call' || !d.q) return null;
  const verb = lastName(d.q);
  if (!(verb in ROUTE_VERBS)) return null;
  const recv = d.q.slice(0, -(verb.length + 1));
  if (!isHolder(recv, file, index)) return null;
  const path = strOf(d.args[0] ?? d.kw['rule']);
  if (path === null) return null;
  const methods = ROUTE_VERBS[verb] ?? (d.kw['methods'] ? methodList(listOf(d.kw['methods']).flatMap((x) => (x.k === 'str' ? [x.v] : []))) : ['GET']);
  return { holder: { q: recv, file }, path, methods };
}

/** before_request hooks per app or blueprint ('*' for before_app_request), judged by their code. */
export function beforeRequestHooks(index: ProjectIndex): Map<string, Effect[]> {
  const out = new Map<string, Effect[]>();
  const add = (key: string, fnQ: string) => {
    const e = judgeProjectFunction(fnQ, index, 'before_request');
    const fn = index.fn(fnQ);
    if (!e || e.neutral || !fn) return;
    // A hook that looks at the endpoint or path lets some routes through: which ones, Assay cannot tell.
    if (/request\.(endpoint|path|url_rule)/.test(JSON.stringify(fn.fact.checks)) || fn.fact.checks.methods.length > 0) e.guard = { ...e.guard!, authentication: 'unknown' };
    out.set(key, [...(out.get(key) ?? []), e]);
  };
  for (const fn of index.functions.values()) {
    for (const d of fn.fact.decorators) {
      const q = nameOf(d) ?? '';
      const m = /^(.*)\.(before_request|before_app_request)$/.exec(q);
      if (m && isHolder(m[1]!, fn.file, index)) add(m[2] === 'before_app_request' ? '*' : m[1]!, fn.fact.q);
    }
  }
  for (const c of index.callsOf('before_request')) {
    const target = nameOf(c.fact.call.args[0]);
    if (c.fact.recv && target && isHolder(c.fact.recv, c.file, index)) add(c.fact.recv, target);
  }
  return out;
}

function classEndpoints(clsQ: string, base: Guarded, path: string, params: EndpointParam[], index: ProjectIndex, csrf: CsrfState): Endpoint[] {
  const out: Endpoint[] = [];
  const decorators = listOf(index.classAttr(clsQ, 'decorators')?.value ?? index.classAttr(clsQ, 'method_decorators')?.value);
  const cls = index.cls(clsQ)!;
  for (const verb of ['get', 'post', 'put', 'patch', 'delete']) {
    const m = index.method(clsQ, verb);
    if (!m) continue;
    const g: Guarded = { ...base, guards: [...base.guards], authorization: [...base.authorization] };
    for (const d of [...decorators, ...m.fact.decorators]) apply(g, judgeDecorator(d, FLASK_DECORATORS, index, cls.file));
    out.push(makeEndpoint({ framework: 'flask', methods: methodList([verb]), path, params, handler: { file: m.file.path, line: m.fact.line, name: m.fact.q }, checks: m.fact.checks, guarded: g, csrfDefault: csrf }));
  }
  return out;
}

export const flaskEndpoints: FrameworkEndpoints = { routes: (ctx) => flaskRoutes(ctx.index) };
