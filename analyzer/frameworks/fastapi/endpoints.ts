// FastAPI's routes: @app/@router verb decorators, api_route and add_api_route; APIRouter prefixes
// through include_router (nested) and app.mount of sub-applications; dependencies at app, router,
// include and route level and in the handler's parameters (Depends / Security / Annotated), judged
// through the security schemes they reach (OAuth2PasswordBearer, HTTPBearer, APIKeyHeader …) or
// by what a project dependency checks; slowapi and fastapi-limiter for throttling.
import type { CsrfState, Endpoint, EndpointParam, HttpMethod } from '../../../domain/index.js';
import type { FileEndpointFacts, FunctionFact } from '../../endpoints/file-facts.js';
import { nameOf, type Located, type ProjectIndex } from '../../endpoints/project.js';
import { apply, emptyGuarded, judgeDecorator, type DecoratorTable, type Effect } from '../../endpoints/guards.js';
import { makeEndpoint, methodList } from '../../endpoints/build.js';
import { joinPath, starlettePath } from '../../endpoints/paths.js';
import { lastName, listOf, strOf, type Val } from '../../endpoints/values.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';

const APPS = new Set(['fastapi.FastAPI', 'fastapi.applications.FastAPI']);
const ROUTERS = new Set(['fastapi.APIRouter', 'fastapi.routing.APIRouter']);
const VERBS: Record<string, HttpMethod[] | null> = { get: ['GET'], post: ['POST'], put: ['PUT'], patch: ['PATCH'], delete: ['DELETE'], head: ['HEAD'], options: ['OPTIONS'], api_route: null };
const DEPENDS = new Set(['fastapi.Depends', 'fastapi.params.Depends', 'fastapi.Security', 'fastapi.params.Security']);
const SCHEMES = new Set([
  'OAuth2PasswordBearer', 'OAuth2AuthorizationCodeBearer', 'OAuth2', 'HTTPBearer', 'HTTPBasic', 'HTTPDigest', 'APIKeyHeader', 'APIKeyCookie',
  'APIKeyQuery', 'OpenIdConnect',
]);
const LIMITERS = ['slowapi.Limiter', 'slowapi.extension.Limiter'];
/** Dependencies that parse the request and decide nothing about access. */
const PARSING_DEPENDENCIES = new Set(['fastapi.security.OAuth2PasswordRequestForm', 'fastapi.security.OAuth2PasswordRequestFormStrict', 'fastapi.Request', 'starlette.requests.Request']);
const RATE_LIMIT_DEPENDENCIES = new Set(['fastapi_limiter.depends.RateLimiter', 'fastapi_limiter.depends.WebSocketRateLimiter']);

export const FASTAPI_DECORATORS: DecoratorTable = Object.fromEntries(LIMITERS.flatMap((c) => [[`${c}().limit`, () => ({ throttled: true })], [`${c}().shared_limit`, () => ({ throttled: true })], [`${c}().exempt`, () => ({ neutral: true })]]));

interface Mount {
  prefix: string;
  deps: Val[];
}

function ctorOf(q: string, file: FileEndpointFacts, index: ProjectIndex): Extract<Val, { k: 'call' }> | null {
  const v = index.assign(q, file) ?? index.assign(q);
  return v?.k === 'call' ? v : null;
}

function isAppOrRouter(q: string, file: FileEndpointFacts, index: ProjectIndex): boolean {
  const c = ctorOf(q, file, index);
  return !!c?.q && (APPS.has(c.q) || ROUTERS.has(c.q));
}

/** Where an app or router is served from, with the dependencies every route under it gets. */
function mountsOf(q: string, file: FileEndpointFacts, index: ProjectIndex, depth = 0): Mount[] {
  const ctor = ctorOf(q, file, index);
  const ownDeps = listOf(ctor?.kw['dependencies']);
  if (!ctor || depth > 8) return [{ prefix: '', deps: ownDeps }];
  if (APPS.has(ctor.q ?? '')) {
    const mounts = index.callsOf('mount').filter((c) => index.same(nameOf(c.fact.call.args[1] ?? c.fact.call.kw['app']), q) && c.fact.recv);
    if (mounts.length === 0) return [{ prefix: '', deps: ownDeps }];
    return mounts.flatMap((m) => mountsOf(m.fact.recv!, m.file, index, depth + 1).map((p) => ({ prefix: joinPath(p.prefix, strOf(m.fact.call.args[0] ?? m.fact.call.kw['path']) ?? ''), deps: ownDeps })));
  }
  const own = strOf(ctor.kw['prefix']) ?? '';
  const incs = index.callsOf('include_router').filter((c) => index.same(nameOf(c.fact.call.args[0] ?? c.fact.call.kw['router']), q) && c.fact.recv);
  if (incs.length === 0) return [{ prefix: own, deps: ownDeps }];
  return incs.flatMap((inc) => {
    const p = strOf(inc.fact.call.kw['prefix']) ?? '';
    const deps = listOf(inc.fact.call.kw['dependencies']);
    return mountsOf(inc.fact.recv!, inc.file, index, depth + 1).map((m) => ({ prefix: joinPath(joinPath(m.prefix, p), own), deps: [...m.deps, ...deps, ...ownDeps] }));
  });
}

/** The dependency a parameter or `dependencies=[…]` entry names, if any. */
function dependencyOf(v: Val | null | undefined): { target: Val | null; call: Extract<Val, { k: 'call' }> } | null {
  if (!v) return null;
  if (v.k === 'call' && DEPENDS.has(v.q ?? '')) return { target: v.args[0] ?? v.kw['dependency'] ?? null, call: v };
  if (v.k === 'generic' && /(^|\.)Annotated$/.test(v.q ?? '')) for (const a of v.args.slice(1)) { const d = dependencyOf(a); if (d) return d; }
  return null;
}

/** What one dependency means for access: a security scheme, a project function judged through its own dependencies and code, or unknown. */
function judgeDependency(target: Val | null, file: FileEndpointFacts, index: ProjectIndex, seen: Set<string>): Effect {
  const q = nameOf(target);
  if (!target || !q) return { guard: { kind: 'dependency', name: target?.k === 'other' ? target.text : '(annotation)', authentication: 'unknown', source: file.path } };
  if (target.k === 'call' && RATE_LIMIT_DEPENDENCIES.has(q)) return { throttled: true };
  if (PARSING_DEPENDENCIES.has(q)) return { neutral: true };
  const scheme = target.k === 'ref' ? ctorOf(q, file, index) : null;
  if (scheme?.q && /^fastapi\.security\b/.test(scheme.q) && SCHEMES.has(lastName(scheme.q))) {
    const optional = scheme.kw['auto_error']?.k === 'bool' && !(scheme.kw['auto_error'] as { v: boolean }).v;
    return { guard: { kind: 'dependency', name: q, authentication: optional ? 'unknown' : 'required', source: file.path } };
  }
  const fn = index.fn(q);
  if (fn && target.k === 'ref') {
    if (seen.has(q) || seen.size > 16) return { neutral: true };
    seen.add(q);
    const inner = emptyGuarded();
    for (const p of fn.fact.params) {
      const d = dependencyOf(p.default) ?? dependencyOf(p.annotation);
      if (d) apply(inner, judgeDependency(d.target ?? p.annotation, fn.file, index, seen));
    }
    const c = fn.fact.checks;
    const required = inner.guards.some((g) => g.authentication === 'required') || (c.identity && c.rejects);
    const unknown = inner.guards.some((g) => g.authentication === 'unknown');
    const authorization = c.role ? { kind: 'role' as const, name: q } : c.perm ? { kind: 'permission' as const, name: q } : inner.authorization[0];
    if (!required && !unknown && !authorization) return { neutral: true, throttled: inner.throttled };
    return { guard: { kind: 'dependency', name: q, authentication: required ? 'required' : 'unknown', source: fn.file.path }, authorization, throttled: inner.throttled };
  }
  if (index.cls(q)) return { neutral: true };
  return { guard: { kind: 'dependency', name: q, authentication: 'unknown', source: file.path } };
}

const DB_SESSIONS = /^(sqlalchemy\.orm(\.session)?\.Session|sqlalchemy\.ext\.asyncio(\.session)?\.AsyncSession|sqlmodel(\.orm\.session)?\.Session|sqlmodel\.ext\.asyncio\.session\.AsyncSession)$/;

function isDatabaseSession(v: Val | null | undefined): boolean {
  const q = v?.k === 'ref' ? v.q : v?.k === 'generic' && /(^|\.)Annotated$/.test(v.q ?? '') ? nameOf(v.args[0]) : null;
  return !!q && DB_SESSIONS.test(q);
}

function modelName(v: Val | null | undefined, index: ProjectIndex): string | null {
  if (!v) return null;
  if (v.k === 'ref' && index.cls(v.q) && index.lineage(v.q).external.some((e) => /^(pydantic|sqlmodel)\./.test(e))) return v.q;
  if (v.k === 'generic') for (const a of v.args) { const m = modelName(a, index); if (m) return v.q && !/(^|\.)(Annotated|Optional)$/.test(v.q) ? `${lastName(v.q)}[${m}]` : m; }
  return null;
}

const SCALARS: Record<string, string> = { int: 'int', str: 'str', float: 'float', bool: 'bool', UUID: 'uuid' };

export function fastapiRoutes(index: ProjectIndex): Endpoint[] {
  const out: Endpoint[] = [];
  const cookieAuth = index.files.some((f) => Object.values(f.assigns).some((v) => v.k === 'call' && /^fastapi\.security.*APIKeyCookie$/.test(v.q ?? '')));
  const csrf: CsrfState = cookieAuth ? 'unprotected' : 'not_applicable';
  const emit = (recv: string, file: FileEndpointFacts, route: string, methods: HttpMethod[], fn: Located<FunctionFact>, decl: Extract<Val, { k: 'call' }> | null) => {
    for (const m of mountsOf(recv, file, index)) {
      const g = emptyGuarded();
      for (const d of [...m.deps, ...listOf(decl?.kw['dependencies'])]) {
        const dep = dependencyOf(d);
        if (dep) apply(g, judgeDependency(dep.target, file, index, new Set()));
      }
      let input: string | null = null;
      const types: Record<string, string> = {};
      for (const p of fn.fact.params) {
        const dep = dependencyOf(p.default) ?? dependencyOf(p.annotation);
        // `db: Session = Depends(get_db)`: a database session is a resource, not a guard.
        if (dep && isDatabaseSession(p.annotation)) continue;
        if (dep) apply(g, judgeDependency(dep.target ?? (p.annotation?.k === 'generic' ? p.annotation.args[0] ?? null : p.annotation), fn.file, index, new Set()));
        // Security(dep, scopes=["admin"]): an administrative scope the token must carry is a role check.
        const scopes = dep ? listOf(dep.call.kw['scopes']).flatMap((x) => (x.k === 'str' ? [x.v] : [])) : [];
        if (scopes.some((x) => /admin|staff|superuser|manage|sudo|root/i.test(x))) apply(g, { authorization: { kind: 'role', name: `scopes ${scopes.join(' ')}` } });
        else {
          input ??= modelName(p.annotation, index);
          const t = p.annotation?.k === 'ref' ? lastName(p.annotation.q) : null;
          if (t && SCALARS[t]) types[p.name] = SCALARS[t]!;
        }
      }
      for (const d of fn.fact.decorators) if (!routeOf(d, fn.file, index)) apply(g, judgeDecorator(d, FASTAPI_DECORATORS, index, fn.file));
      const norm = starlettePath(joinPath(m.prefix, route), types);
      const response = nameOf(decl?.kw['response_model']) ?? modelName(fn.fact.returns, index);
      out.push(makeEndpoint({ framework: 'fastapi', methods, path: norm.path, params: norm.params as EndpointParam[], handler: { file: fn.file.path, line: fn.fact.line, name: fn.fact.q }, checks: fn.fact.checks, guarded: g, csrfDefault: csrf, input, response }));
    }
  };
  for (const fn of index.functions.values()) {
    for (const d of fn.fact.decorators) {
      const r = routeOf(d, fn.file, index);
      if (r) emit(r.recv, fn.file, r.path, r.methods, fn, d as Extract<Val, { k: 'call' }>);
    }
  }
  for (const c of index.callsOf('add_api_route')) {
    if (!c.fact.recv || !isAppOrRouter(c.fact.recv, c.file, index)) continue;
    const route = strOf(c.fact.call.args[0] ?? c.fact.call.kw['path']);
    const fn = index.fn(nameOf(c.fact.call.args[1] ?? c.fact.call.kw['endpoint']));
    if (route === null || !fn) continue;
    const methods = c.fact.call.kw['methods'] ? methodList(listOf(c.fact.call.kw['methods']).flatMap((x) => (x.k === 'str' ? [x.v] : []))) : (['GET'] as HttpMethod[]);
    emit(c.fact.recv, c.file, route, methods, fn, c.fact.call);
  }
  return out;
}

function routeOf(d: Val, file: FileEndpointFacts, index: ProjectIndex): { recv: string; path: string; methods: HttpMethod[] } | null {
  if (d.k !== 'call' || !d.q) return null;
  const verb = lastName(d.q);
  if (!(verb in VERBS)) return null;
  const recv = d.q.slice(0, -(verb.length + 1));
  if (!isAppOrRouter(recv, file, index)) return null;
  const path = strOf(d.args[0] ?? d.kw['path']);
  if (path === null) return null;
  const methods = VERBS[verb] ?? methodList(listOf(d.kw['methods']).flatMap((x) => (x.k === 'str' ? [x.v] : [])));
  return { recv, path, methods };
}

export const fastapiEndpoints: FrameworkEndpoints = { routes: (ctx) => fastapiRoutes(ctx.index) };
