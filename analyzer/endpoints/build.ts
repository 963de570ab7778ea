// One place turns what the framework code found about a route into an Endpoint: authentication
// from the guards, CSRF from the methods and the project's protection, a stable order of fields.
import type { AuthenticationState, CsrfState, Endpoint, EndpointHandler, EndpointParam, Framework, HttpMethod } from '../../domain/index.js';
import { HTTP_METHODS, STATE_CHANGING_METHODS } from '../../domain/index.js';
import { authenticationOf, type Guarded } from './guards.js';
import { sitePath } from './paths.js';
import type { HandlerChecks } from './handler-checks.js';

export interface EndpointParts {
  framework: Framework;
  methods: readonly HttpMethod[];
  path: string;
  params: readonly EndpointParam[];
  /** `endLine` may be left out: the inventory fills it from the definition at `file`:`line` (handler-extent.ts). */
  handler: EndpointHandler;
  guarded: Guarded;
  /** The CSRF protection that applies to unsafe methods when nothing exempts the endpoint. */
  csrfDefault: CsrfState;
  input?: string | null;
  response?: string | null;
  /**
   * What authentication is when no guard decides it: `none` (the default) where Assay sees everything
   * that could stand in front of the handler; `unknown` where the framework leaves it to code outside
   * the handler (a bare WSGI callable or an http.server handler, served behind whatever the deployer puts in front).
   */
  unguarded?: AuthenticationState;
  /** The handler's own checks: an identity gate in its body counts as a guard. */
  checks?: HandlerChecks;
}

export function methodList(methods: Iterable<string>): HttpMethod[] {
  const set = new Set([...methods].map((m) => m.toUpperCase()));
  return HTTP_METHODS.filter((m) => set.has(m));
}

export function makeEndpoint(p: EndpointParts): Endpoint {
  const methods = p.guarded.methods ? p.methods.filter((m) => p.guarded.methods!.includes(m)) : [...p.methods];
  const unsafe = methods.some((m) => STATE_CHANGING_METHODS.includes(m));
  let csrf: CsrfState;
  if (p.guarded.csrf === 'exempt') csrf = unsafe ? 'exempt' : 'not_applicable';
  // No methods: the framework does not say which reach the handler (a bare WSGI callable), so neither can CSRF.
  else if (methods.length === 0) csrf = p.csrfDefault;
  else if (!unsafe) csrf = 'not_applicable';
  else if (p.guarded.csrf === 'protected') csrf = 'protected';
  else csrf = p.csrfDefault;
  const guards = p.guarded.guards.map((g) => ({ ...g }));
  const authorization = p.guarded.authorization.map((a) => ({ ...a }));
  const gate = p.checks?.gate;
  if (gate) {
    guards.push({ kind: 'handler_check', name: p.handler.name, authentication: 'required', source: p.handler.file });
    if (gate.role && !authorization.some((a) => a.kind === 'role')) authorization.push({ kind: 'role', name: `${p.handler.name} (line ${gate.line})` });
  }
  const seen = new Set<string>();
  const params = p.params.filter((x) => !seen.has(x.name) && seen.add(x.name));
  return {
    framework: p.framework,
    methods: methodList(methods),
    path: sitePath(p.path),
    params,
    handler: { ...p.handler },
    authentication: ((a) => (a === 'none' && guards.length === 0 && p.unguarded ? p.unguarded : a))(authenticationOf(guards)),
    guards,
    authorization,
    csrf,
    throttled: p.guarded.throttled,
    input: p.input ?? null,
    response: p.response ?? null,
  };
}
