// The endpoint inventory as evidence: which ASVS requirements it speaks to, the slice of it a
// reviewer reads there (who may call what), and the words every view uses to say why an endpoint's
// authentication is what it is. One wording for the app, the report and the attestation snapshot.
import type { AsvsVersion } from './asvs.js';
import type { AuthenticationState, CsrfState, Endpoint, EndpointGuard } from './endpoint.js';
import { isStateChanging, isUnrouted, splitRouted } from './endpoint.js';

/**
 * The sections whose requirements the inventory is evidence for: access control (who may call which
 * operation) and the API chapters' generic web-service requirements (what the service exposes).
 */
export const ENDPOINT_EVIDENCE_SECTIONS: Readonly<Record<AsvsVersion, readonly string[]>> = {
  '5.0.0': ['V4.1', 'V8.1', 'V8.2', 'V8.3', 'V8.4'],
  '4.0.3': ['V4.1', 'V4.2', 'V4.3', 'V13.1', 'V13.2'],
};

export function usesEndpointEvidence(version: AsvsVersion, requirementId: string): boolean {
  return ENDPOINT_EVIDENCE_SECTIONS[version].some((s) => requirementId.startsWith(`${s}.`));
}

export const AUTHENTICATION_LABELS: Record<AuthenticationState, string> = {
  required: 'required',
  none: 'none',
  unknown: 'unknown',
};

export const CSRF_LABELS: Record<CsrfState, string> = {
  protected: 'protected',
  exempt: 'exempt',
  unprotected: 'unprotected',
  not_applicable: 'not applicable',
  unknown: 'unknown',
};

const GUARD_KIND_WORDS: Record<EndpointGuard['kind'], string> = {
  decorator: 'decorator',
  mixin: 'mixin',
  permission_class: 'permission class',
  authentication_class: 'authentication class',
  dependency: 'dependency',
  before_request: 'before-request hook',
  admin_site: 'admin site',
  handler_check: 'check in the handler',
};

/** The guard whose verdict the endpoint's authentication is, or null when nothing decided it. */
export function decidingGuard(e: Pick<Endpoint, 'authentication' | 'guards'>): EndpointGuard | null {
  if (e.authentication === 'none') return null;
  return e.guards.find((g) => g.authentication === e.authentication) ?? null;
}

/**
 * A piece of the reason: plain words, or a guard's qualified name (repository text). Views that can
 * set a name apart (the app's code chips, which wrap only at dots) render the names themselves;
 * reports read the same pieces joined into one sentence.
 */
export type ReasonPart = { text: string } | { guard: string };

/** Why the endpoint's authentication is what it is, as words and guard names. */
export function authenticationReasonParts(e: Pick<Endpoint, 'authentication' | 'guards'>): ReasonPart[] {
  const g = decidingGuard(e);
  const where = g?.source === 'settings' ? ' (project default from settings)' : '';
  if (e.authentication === 'required') {
    return g ? [{ guard: g.name }, { text: ` (${GUARD_KIND_WORDS[g.kind]}${where}) turns anonymous callers away before the handler runs.` }] : [{ text: 'A guard turns anonymous callers away before the handler runs.' }];
  }
  if (e.authentication === 'unknown') {
    return g
      ? [{ guard: g.name }, { text: ` (${GUARD_KIND_WORDS[g.kind]}${where}) decides, and Assay cannot read whether it checks the caller: verify it by hand.` }]
      : [{ text: 'Something Assay cannot read decides who may call it: verify it by hand.' }];
  }
  if (e.guards.length === 0) return [{ text: 'Nothing in front of the handler checks who calls it.' }];
  const names = e.guards.flatMap((x, i): ReasonPart[] => (i === 0 ? [{ guard: x.name }] : [{ text: ', ' }, { guard: x.name }]));
  return [{ text: 'None of its guards (' }, ...names, { text: ') checks who calls it.' }];
}

/** Why the endpoint's authentication is what it is, in a sentence (names are repository text: show them inert). */
export function authenticationReason(e: Pick<Endpoint, 'authentication' | 'guards'>): string {
  return authenticationReasonParts(e)
    .map((p) => ('guard' in p ? p.guard : p.text))
    .join('');
}

/** The inventory slice a requirement pane, the report appendix and an attestation snapshot show. */
export interface EndpointSlice {
  total: number;
  byAuthentication: Record<AuthenticationState, number>;
  /** Unauthenticated endpoints that change state (POST/PUT/PATCH/DELETE). */
  openStateChanging: number;
  /** Authenticated endpoints without any authorization check. */
  withoutAuthorization: number;
  unthrottled: number;
}

export function endpointSlice(endpoints: readonly Endpoint[]): EndpointSlice {
  const byAuthentication: Record<AuthenticationState, number> = { required: 0, none: 0, unknown: 0 };
  let openStateChanging = 0;
  let withoutAuthorization = 0;
  let unthrottled = 0;
  for (const e of endpoints) {
    byAuthentication[e.authentication]++;
    if (e.authentication === 'none' && isStateChanging(e)) openStateChanging++;
    if (e.authentication === 'required' && e.authorization.length === 0) withoutAuthorization++;
    if (!e.throttled) unthrottled++;
  }
  return { total: endpoints.length, byAuthentication, openStateChanging, withoutAuthorization, unthrottled };
}

/**
 * The slices counted apart: the routes the scanned code serves, and the views no scanned route
 * reaches (never counted among the open routes: an unrouted view may never be served).
 */
export interface RoutedCounts {
  routed: EndpointSlice;
  unrouted: EndpointSlice;
}

export function routedCounts(endpoints: readonly Endpoint[]): RoutedCounts {
  const { routed, unrouted } = splitRouted(endpoints);
  return { routed: endpointSlice(routed), unrouted: endpointSlice(unrouted) };
}

/**
 * The order the open endpoints are listed in: state-changing ones first (the first thing a lead wants
 * to see), and at each rank the routes the code serves before views no scanned route reaches.
 */
export function openFirst(a: Endpoint, b: Endpoint): number {
  const rank = (e: Endpoint) => (e.authentication === 'none' ? (isStateChanging(e) ? 0 : 1) : e.authentication === 'unknown' ? 2 : 3);
  return rank(a) - rank(b) || Number(isUnrouted(a)) - Number(isUnrouted(b));
}
