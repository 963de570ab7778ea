// The endpoint inventory's vocabulary: every route a project serves and what guards it.
import type { Framework } from './finding.js';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Methods that change state; a GET that writes is judged by its handler, not by this list. */
export const STATE_CHANGING_METHODS: readonly HttpMethod[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * required: a guard Assay recognises rejects anonymous callers before the handler runs.
 * none: nothing in front of the handler checks who calls it (Assay saw every decorator, mixin,
 *   permission and dependency involved and none checks identity).
 * unknown: something Assay cannot read decides it (a decorator, dependency or permission class from
 *   outside the project, or one whose code does not plainly check identity). Never a guess.
 */
export const AUTHENTICATION_STATES = ['required', 'none', 'unknown'] as const;
export type AuthenticationState = (typeof AUTHENTICATION_STATES)[number];

/**
 * protected: the framework's CSRF protection applies (Django middleware, Flask-WTF CSRFProtect,
 *   DRF SessionAuthentication). exempt: explicitly switched off for this endpoint (csrf_exempt).
 * unprotected: the project's settings or app were seen and no CSRF protection is installed.
 * not_applicable: only safe methods, or a token API that reads no cookie credentials.
 * unknown: the settings or the app that would say were not seen.
 */
export const CSRF_STATES = ['protected', 'exempt', 'unprotected', 'not_applicable', 'unknown'] as const;
export type CsrfState = (typeof CSRF_STATES)[number];

/** What kind of construct a guard is. */
export const GUARD_KINDS = [
  'decorator', // login_required, jwt_required, auth.login_required, a project decorator that checks the user
  'mixin', // LoginRequiredMixin and friends
  'permission_class', // DRF permission_classes (class, decorator or DEFAULT_PERMISSION_CLASSES)
  'authentication_class', // DRF authentication_classes
  'dependency', // FastAPI Depends/Security on a security scheme or a dependency that uses one
  'before_request', // a Flask before_request hook of the app or blueprint
  'admin_site', // Django's admin site: staff login
  'handler_check', // the handler's own `if` on the user, role or session that turns the caller away
] as const;
export type GuardKind = (typeof GUARD_KINDS)[number];

/** One thing in front of a handler that decides who may call it, and what it decides alone. */
export interface EndpointGuard {
  kind: GuardKind;
  /** Qualified name of the decorator, class or dependency (`django.contrib.auth.decorators.login_required`). */
  name: string;
  /** What this guard alone implies for authentication. */
  authentication: AuthenticationState;
  /** Where it was declared: `settings` for DRF defaults, else the file it is written in. */
  source?: string;
}

/** How an authorization check is made. */
export const AUTHORIZATION_KINDS = [
  'permission', // permission_required, PermissionRequiredMixin, has_perm, DjangoModelPermissions
  'role', // staff / superuser / admin / role checks, IsAdminUser, user_passes_test on a flag
  'object', // has_object_permission, object-level checks
  'queryset', // get_queryset filtered by the current user
  'custom', // a project permission class or check whose kind Assay does not tell apart
] as const;
export type AuthorizationKind = (typeof AUTHORIZATION_KINDS)[number];

export interface EndpointAuthorization {
  kind: AuthorizationKind;
  name: string;
}

export interface EndpointParam {
  name: string;
  /** Converter or declared type: `int`, `str`, `path`, `uuid`, `slug`, `regex` … */
  type: string;
}

export interface EndpointHandler {
  /** Path relative to the scan root. */
  file: string;
  line: number;
  /**
   * Last line of the handler's function or class (1-based, inclusive): findings between `line` and
   * it lie in the handler's body and are linked to the endpoint. Absent when the view is not a
   * definition the scan read (a dotted string, an imported or unresolved view, the admin site).
   */
  endLine?: number;
  /**
   * First line of the handler's extent when it is above `line`: decorators belong to the handler, so
   * a finding on `@app.route(...)` or `@csrf_exempt` is the handler's. Kept in memory for linking.
   */
  startLine?: number;
  /**
   * For a handler that is a class view's (an inherited method, so `line` is the class's): the spans of
   * the class's own methods. Their lines belong to those methods, not to this endpoint; a finding in
   * the class body outside them is the class's. Kept in memory for linking.
   */
  ownMethods?: ReadonlyArray<{ startLine: number; endLine: number }>;
  /** Qualified name: `shop.views.ProductView.get`. */
  name: string;
}

/** One route of the inventory: a path, the methods it answers, its handler and its guards. */
export interface Endpoint {
  framework: Framework;
  /**
   * The methods that reach the handler. Empty when the framework does not say and the handler does not
   * tell them apart (a bare WSGI callable that never reads REQUEST_METHOD): unknown, not none.
   */
  methods: HttpMethod[];
  /**
   * Full path from the site root, parameters written `{name}`; `/admin/…` style for included sites.
   * `*` is every path (a handler that never compares the path it is sent); a trailing `*` after a
   * literal is a prefix the handler tests with startswith (`/files/*`).
   */
  path: string;
  params: EndpointParam[];
  handler: EndpointHandler;
  authentication: AuthenticationState;
  guards: EndpointGuard[];
  authorization: EndpointAuthorization[];
  csrf: CsrfState;
  throttled: boolean;
  /** Input schema: serializer, pydantic model or form class (qualified name), or null. */
  input: string | null;
  /** Response model or serializer, or null. */
  response: string | null;
}

/**
 * The path of a view no route of the scanned code reaches (a views module routed by a project that
 * is not scanned, a view class recognised by its base): `(unrouted) shop.views.cancel_order`, with
 * the suffix the framework would add (`/{pk}` for a viewset's detail actions). Never a guessed URL.
 */
export const UNROUTED_PREFIX = '(unrouted)';

export function unroutedPath(view: string, suffix = ''): string {
  return `${UNROUTED_PREFIX} ${view}${suffix}`;
}

export function isUnrouted(e: Pick<Endpoint, 'path'>): boolean {
  return e.path.startsWith(UNROUTED_PREFIX);
}

/**
 * The routes the scanned code serves, and apart from them the views no scanned route reaches: an
 * unrouted view may never be served at all, so it is neither listed nor counted among the open routes.
 */
export function splitRouted<T extends Pick<Endpoint, 'path'>>(endpoints: readonly T[]): { routed: T[]; unrouted: T[] } {
  const routed: T[] = [];
  const unrouted: T[] = [];
  for (const e of endpoints) (isUnrouted(e) ? unrouted : routed).push(e);
  return { routed, unrouted };
}

/**
 * GraphQL: each root field of a schema is an endpoint of its own, at `<mount>#<operation>.<field>`
 * (`/graphql#mutation.reindex`, the field as clients spell it). A query answers GET and POST, a
 * mutation POST, a subscription GET (the websocket upgrade); what changes state is the operation,
 * not the method: a mutation does, a query does not.
 */
export const GRAPHQL_OPERATIONS = ['query', 'mutation', 'subscription'] as const;
export type GraphqlOperation = (typeof GRAPHQL_OPERATIONS)[number];

export function graphqlFieldPath(mount: string, operation: GraphqlOperation, field: string): string {
  return `${mount}#${operation}.${field}`;
}

/** The GraphQL operation an endpoint's path names, or null for an HTTP route. */
export function graphqlOperationOf(e: Pick<Endpoint, 'path'>): GraphqlOperation | null {
  const m = /#(query|mutation|subscription)\.[^#/]+$/.exec(e.path);
  return m ? (m[1] as GraphqlOperation) : null;
}

export function isStateChanging(e: Pick<Endpoint, 'methods'> & Partial<Pick<Endpoint, 'path'>>): boolean {
  const op = e.path === undefined ? null : graphqlOperationOf({ path: e.path });
  if (op) return op === 'mutation';
  return e.methods.some((m) => STATE_CHANGING_METHODS.includes(m));
}

/** The inventory's order everywhere (JSON, CSV, store): path, then first method, then handler. */
export function compareEndpoints(a: Endpoint, b: Endpoint): number {
  const k = (e: Endpoint) => `${e.path}\u0000${e.methods.join(',')}\u0000${e.handler.file}\u0000${String(e.handler.line).padStart(8, '0')}\u0000${e.handler.name}`;
  const x = k(a);
  const y = k(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A stable identity of an endpoint across scans: framework, methods and path. */
export function endpointKey(e: Pick<Endpoint, 'framework' | 'methods' | 'path'>): string {
  return `${e.framework} ${e.methods.join(',')} ${e.path}`;
}
