// connexion's routes for the endpoint inventory, from the project's OpenAPI / Swagger documents (read
// as data, ./spec.ts): every operation with an operationId is an endpoint at the document's base
// path (Swagger 2 `basePath`, OpenAPI 3 the first `servers` url's path, or add_api(base_path=…)
// when the project passes a literal), its handler the function the operationId names (file:line),
// else the document's line. Authentication comes from the security requirements connexion enforces:
// the operation's own `security` (an empty list opens it), else the document's; a scheme with its
// validation function (x-tokenInfoFunc / x-tokenInfoUrl, x-bearerInfoFunc, x-basicInfoFunc,
// x-apikeyInfoFunc) requires a login, one without it is `unknown` (connexion may skip it or take the
// function from the environment), an empty alternative `{}` lets anonymous callers in. OAuth2
// scopes are an authorization. Operations without an operationId (a Resolver derives their
// handler) are not listed: their handler cannot be read from the document.
import type { CsrfState, Endpoint, EndpointAuthorization, EndpointGuard } from '../../../domain/index.js';
import { makeEndpoint, methodList } from '../../endpoints/build.js';
import type { FrameworkEndpoints } from '../../endpoints/framework-part.js';
import { apply, emptyGuarded, judgeDecorator } from '../../endpoints/guards.js';
import { joinPath, starlettePath } from '../../endpoints/paths.js';
import type { ProjectIndex } from '../../endpoints/project.js';
import { strOf } from '../../endpoints/values.js';
import type { ProjectDocument } from '../api.js';
import { FLASK_DECORATORS } from '../flask/endpoints.js';
import { deref, isObj, readSpec, specOperations, type Obj } from './spec.js';

const INFO_FUNCS = ['x-tokenInfoFunc', 'x-tokenInfoUrl', 'x-bearerInfoFunc', 'x-basicInfoFunc', 'x-apikeyInfoFunc'];
const IDENTITY_SCOPES = new Set(['openid', 'profile', 'email', 'address', 'phone', 'offline_access']);
/** Across all documents (each document's operations are bounded by spec.ts as well). */
const MAX_ENDPOINTS = 5000;

/** The path part of the document's base: `basePath`, or the first server url with its variables' defaults. */
function specBase(doc: Obj): string {
  if (typeof doc.basePath === 'string') return doc.basePath;
  const server = Array.isArray(doc.servers) && isObj(doc.servers[0]) ? doc.servers[0] : null;
  if (!server || typeof server.url !== 'string') return '';
  const vars = isObj(server.variables) ? server.variables : {};
  const url = server.url.replace(/\{(\w+)\}/g, (_m, n: string) => {
    const d = isObj(vars[n]) ? (vars[n] as Obj).default : undefined;
    return typeof d === 'string' ? d : '';
  });
  try {
    return decodeURI(new URL(url, 'http://base.invalid').pathname).replace(/\/$/, '');
  } catch {
    return '';
  }
}

/** The `add_api` base paths the project gives this document (a literal `base_path=`), else the document's own. */
function basesOf(d: ProjectDocument, doc: Obj, index: ProjectIndex): string[] {
  const name = d.path.split('/').pop()!;
  const out = new Set<string>();
  for (const c of index.callsOf('add_api')) {
    const spec = strOf(c.fact.call.args[0] ?? c.fact.call.kw['specification']);
    if (spec === null || spec.split('/').pop() !== name) continue;
    const base = c.fact.call.kw['base_path'];
    out.add(base ? (strOf(base) ?? specBase(doc)) : specBase(doc));
  }
  return out.size > 0 ? [...out] : [specBase(doc)];
}

interface Security {
  guards: EndpointGuard[];
  authorization: EndpointAuthorization[];
  /** Every credential it accepts travels in a header (no cookie): CSRF does not apply. */
  headerOnly: boolean;
}

function securityOf(doc: Obj, requirement: unknown, source: string): Security {
  const none: Security = { guards: [], authorization: [], headerOnly: false };
  if (!Array.isArray(requirement) || requirement.length === 0) return none;
  const schemes = (isObj(doc.components) && isObj(doc.components.securitySchemes) ? doc.components.securitySchemes : isObj(doc.securityDefinitions) ? doc.securityDefinitions : {}) as Obj;
  // Alternatives: any one satisfied lets the caller in; `{}` among them is anonymous access.
  if (requirement.some((alt) => isObj(alt) && Object.keys(alt).length === 0)) return none;
  const out: Security = { guards: [], authorization: [], headerOnly: true };
  for (const alt of requirement) {
    if (!isObj(alt)) continue;
    for (const [name, scopes] of Object.entries(alt)) {
      const scheme = deref(doc, schemes[name]);
      const func = isObj(scheme) ? INFO_FUNCS.map((k) => scheme[k]).find((v) => typeof v === 'string') : undefined;
      const guard: EndpointGuard = { kind: 'dependency', name: typeof func === 'string' ? `${name} (${func})` : name, authentication: func ? 'required' : 'unknown', source };
      if (!out.guards.some((g) => g.name === guard.name)) out.guards.push(guard);
      if (!isObj(scheme) || (scheme.type === 'apiKey' && scheme.in !== 'header')) out.headerOnly = false;
      // OpenID Connect's standard scopes only let the app read who the caller is: no authorization.
      if (Array.isArray(scopes) && scopes.some((x) => !IDENTITY_SCOPES.has(String(x)))) out.authorization.push({ kind: 'permission', name: `${name} scopes: ${scopes.map(String).join(', ')}` });
    }
  }
  // One alternative Assay cannot vouch for lets in whoever satisfies it: the weakest decides.
  if (out.guards.some((g) => g.authentication === 'unknown')) for (const g of out.guards) g.authentication = 'unknown';
  return out;
}

const TYPES: Record<string, string> = { integer: 'int', number: 'float', boolean: 'bool' };

function paramsOf(doc: Obj, shared: unknown[], op: Obj): Record<string, string> {
  const types: Record<string, string> = {};
  for (const p0 of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
    const p = deref(doc, p0);
    if (!isObj(p) || p.in !== 'path' || typeof p.name !== 'string') continue;
    const s = deref(doc, p.schema ?? p);
    const t = isObj(s) ? s.type : undefined;
    types[p.name] = isObj(s) && s.format === 'uuid' ? 'uuid' : typeof t === 'string' ? (TYPES[t] ?? 'str') : 'str';
  }
  return types;
}

/** The name of the schema a request body or response refers to. */
function schemaName(doc: Obj, holder: unknown): string | null {
  const h = deref(doc, holder);
  if (!isObj(h)) return null;
  const schemas = isObj(h.content) ? Object.values(h.content).map((m) => (isObj(m) ? m.schema : undefined)) : [h.schema];
  for (const s of schemas) if (isObj(s) && typeof s.$ref === 'string') return s.$ref.split('/').pop() ?? null;
  return null;
}

/** The project function an operationId means (see operations.ts resolveHandler for the taint side). */
function handlerOf(name: string, index: ProjectIndex) {
  const exact = index.fn(name);
  if (exact) return exact;
  const hits = [...index.functions.keys()].filter((q) => q.endsWith(`.${name}`));
  if (hits.length === 1) return index.functions.get(hits[0]!);
  // `api.orders.get_order` re-exported by api/__init__.py from a sibling module: the one function of that name under the package.
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  const pkg = name.slice(0, dot);
  const under = [...index.functions.keys()].filter((q) => q.endsWith(`.${name.slice(dot + 1)}`) && (q.startsWith(`${pkg}.`) || q.includes(`.${pkg}.`)));
  return under.length === 1 ? index.functions.get(under[0]!) : undefined;
}

function lineOf(text: string, operationId: string): number {
  const i = text.search(new RegExp(`operationId["']?\\s*:\\s*["']?${operationId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}

function connexionRoutes(index: ProjectIndex, documents: readonly ProjectDocument[]): Endpoint[] {
  const out: Endpoint[] = [];
  for (const d of documents) {
    const doc = readSpec(d.path, d.text);
    if (!doc) continue;
    const bases = basesOf(d, doc, index);
    for (const { method, path, operationId, handlerName, item, operation: op } of specOperations(doc)) {
      const methods = methodList([method]);
      // TRACE is no method of the inventory: an endpoint without methods would read as "unknown".
      if (methods.length === 0 || out.length >= MAX_ENDPOINTS) continue;
      const fn = handlerOf(handlerName, index);
      const sec = securityOf(doc, op.security ?? doc.security, d.path);
      const g = emptyGuarded();
      for (const guard of sec.guards) g.guards.push(guard);
      g.authorization.push(...sec.authorization);
      if (fn) for (const dec of fn.fact.decorators) apply(g, judgeDecorator(dec, FLASK_DECORATORS, index, fn.file));
      const csrf: CsrfState = sec.guards.length > 0 && sec.headerOnly ? 'not_applicable' : 'unknown';
      const types = paramsOf(doc, Array.isArray(item.parameters) ? item.parameters : [], op);
      const responses = isObj(op.responses) ? Object.entries(op.responses).filter(([code]) => /^2/.test(code)).map(([, r]) => r) : [];
      for (const base of bases) {
        const norm = starlettePath(joinPath(base, path), types);
        out.push(makeEndpoint({
          framework: 'connexion',
          methods,
          path: norm.path,
          params: norm.params,
          handler: fn ? { file: fn.file.path, line: fn.fact.line, name: fn.fact.q } : { file: d.path, line: lineOf(d.text, operationId), name: handlerName },
          checks: fn?.fact.checks,
          guarded: g,
          csrfDefault: csrf,
          input: schemaName(doc, op.requestBody) ?? (Array.isArray(op.parameters) ? op.parameters.map((p) => schemaName(doc, p)).find(Boolean) ?? null : null),
          response: responses.map((r) => schemaName(doc, r)).find(Boolean) ?? null,
        }));
      }
    }
  }
  return out;
}

export const connexionEndpoints: FrameworkEndpoints = { routes: (ctx) => connexionRoutes(ctx.index, ctx.documents) };
