// Deciding what stands in front of a handler, framework-independently: known decorators come from
// each framework's table; a project decorator is judged by what its code checks (it reads the
// caller's identity and turns callers away); a decorator Assay cannot read makes authentication
// `unknown`, never `none`.
import type { AuthenticationState, EndpointAuthorization, EndpointGuard, HttpMethod } from '../../domain/index.js';
import type { FileEndpointFacts } from './file-facts.js';
import type { ProjectIndex } from './project.js';
import { nameOf } from './project.js';
import type { Val } from './values.js';

/** What one decorator (or wrapper) does to the endpoint it decorates. */
export interface Effect {
  guard?: EndpointGuard;
  authorization?: EndpointAuthorization;
  throttled?: boolean;
  /** csrf_exempt / csrf.exempt, csrf_protect. */
  csrf?: 'exempt' | 'protected';
  /** Allows these methods only (require_POST, @api_view(['GET'])). */
  methods?: HttpMethod[];
  /** Not a guard (route declarations, caching, transactions …). */
  neutral?: boolean;
}

/** Canonical decorator name (see ProjectIndex.canon) → what it does; the value is the decorator expression. */
export type DecoratorTable = Record<string, (v: Val) => Effect>;

/** Decorators that decide nothing about access, whatever the framework. */
const NEUTRAL = new Set([
  'builtins.staticmethod', 'builtins.classmethod', 'builtins.property', 'functools.wraps', 'functools.lru_cache', 'functools.cache',
  'functools.cached_property', 'typing.overload', 'abc.abstractmethod', 'contextlib.contextmanager', 'contextlib.asynccontextmanager',
  'dataclasses.dataclass',
]);

export interface Guarded {
  guards: EndpointGuard[];
  authorization: EndpointAuthorization[];
  throttled: boolean;
  csrf: 'exempt' | 'protected' | null;
  methods: HttpMethod[] | null;
}

export function emptyGuarded(): Guarded {
  return { guards: [], authorization: [], throttled: false, csrf: null, methods: null };
}

export function apply(g: Guarded, e: Effect): void {
  if (e.guard && !g.guards.some((x) => x.name === e.guard!.name && x.kind === e.guard!.kind)) g.guards.push(e.guard);
  if (e.authorization && !g.authorization.some((x) => x.name === e.authorization!.name)) g.authorization.push(e.authorization);
  if (e.throttled) g.throttled = true;
  if (e.csrf === 'exempt' || (e.csrf === 'protected' && g.csrf !== 'exempt')) g.csrf = e.csrf;
  if (e.methods) g.methods = g.methods ? g.methods.filter((m) => e.methods!.includes(m)) : [...e.methods];
}

/** A project function used as a decorator (or a decorator factory), judged by its code. */
export function judgeProjectFunction(q: string, index: ProjectIndex, kind: EndpointGuard['kind'] = 'decorator'): Effect | null {
  const fn = index.fn(q);
  if (!fn) return null;
  const c = fn.fact.checks;
  const effect: Effect = { neutral: true };
  // A wrapper that counts failures and refuses past a limit throttles what it wraps.
  if (c.countsFailures) effect.throttled = true;
  // Reading the user only to send signed-in callers on (LoginView.dispatch) requires no login.
  if (c.identity && c.rejects && !(c.signedInAway && !c.gate)) {
    effect.neutral = false;
    effect.guard = { kind, name: q, authentication: 'required', source: fn.file.path };
    if (c.role) effect.authorization = { kind: 'role', name: q };
    else if (c.perm) effect.authorization = { kind: 'permission', name: q };
  } else if (c.rejects && (c.role || c.perm)) {
    effect.neutral = false;
    effect.guard = { kind, name: q, authentication: 'unknown', source: fn.file.path };
    effect.authorization = { kind: c.role ? 'role' : 'permission', name: q };
  }
  return effect;
}

/** One decorator's effect: the framework's table, else the project's code, else unknown. */
export function judgeDecorator(v: Val, table: DecoratorTable, index: ProjectIndex, file: FileEndpointFacts): Effect {
  const q = nameOf(v);
  if (!q) return { guard: { kind: 'decorator', name: v.k === 'other' ? v.text : '?', authentication: 'unknown', source: file.path } };
  const canon = index.canon(q, file);
  const known = table[canon] ?? table[q];
  if (known) return known(v);
  if (NEUTRAL.has(q)) return { neutral: true };
  const own = judgeProjectFunction(q, index);
  if (own) return own;
  // A project class used as a decorator, or a method of a project object: read nothing into it.
  return { guard: { kind: 'decorator', name: q, authentication: 'unknown', source: file.path }, throttled: isThrottleNamed(q) };
}

/**
 * A decorator or hook Assay cannot read whose name says it limits the rate (`@rate_limit`,
 * `falcon.before(throttle)`): the project wrote it to limit attempts, so an unthrottled-login finding
 * would be a guess against the code's own word.
 */
const THROTTLE_NAME = /(?:^|_)(?:rate_?limit\w*|ratelimited|throttle[sd]?|throttling|limiter|limit_attempts|limited)$/i;

export function isThrottleNamed(name: string): boolean {
  return THROTTLE_NAME.test(name.split('.').pop() ?? '');
}

/** Authentication from the guards: any that requires it wins, then any unknown, else none. */
export function authenticationOf(guards: readonly EndpointGuard[]): AuthenticationState {
  if (guards.some((g) => g.authentication === 'required')) return 'required';
  if (guards.some((g) => g.authentication === 'unknown')) return 'unknown';
  return 'none';
}

export const requires = (kind: EndpointGuard['kind'], name: string): Effect => ({ guard: { kind, name, authentication: 'required' } });

/**
 * A guard Assay cannot read whose name says it only establishes who calls (`get_current_user` from a
 * module outside the scan, `@auth_required`) — not a role or permission check.
 */
const LOGIN_GUARD = /^(get_)?current_(active_)?(user|member|account|principal)$|^(login|auth|jwt|token)_required$|^require_(login|auth|user)$|^authenticated$/i;

/** A middleware named for authentication or a session (`SessionMiddleware(required=True)`) identifies the caller; it checks no role. */
const LOGIN_MIDDLEWARE = /^\w*(?:Auth|Authentication|Session|Login|Token|Jwt|JWT)\w*Middleware$/;

export function isLoginNamedGuard(name: string): boolean {
  const last = name.split('.').pop() ?? '';
  return LOGIN_GUARD.test(last) || LOGIN_MIDDLEWARE.test(last);
}
