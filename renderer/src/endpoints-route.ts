// The Endpoints page's state in the URL: filters, order, the list or the changes since the last
// inventory, and the endpoint in focus (`ep`, domain endpointKey), so a link from the dashboard or a
// finding lands on exactly that slice and back/forward return to it.
import { AUTHENTICATION_STATES, FRAMEWORKS, HTTP_METHODS, type AuthenticationState, type Framework, type HttpMethod } from '../../domain/index.js';
import type { RouteParams } from './route.js';

export type EndpointsSort = 'risk' | 'path';

export interface EndpointsRoute {
  auth: AuthenticationState | null;
  method: HttpMethod | null;
  framework: Framework | null;
  /** Only endpoints that change state (POST/PUT/PATCH/DELETE). */
  writes: boolean;
  text: string;
  sort: EndpointsSort;
  view: 'list' | 'changes';
  /** The endpoint in focus: `framework METHODS path`. */
  focus: string | null;
}

const oneOf = <T extends string>(raw: string | null, allowed: readonly T[]): T | null => ((allowed as readonly string[]).includes(raw ?? '') ? (raw as T) : null);

export function endpointsRouteFrom(params: URLSearchParams): EndpointsRoute {
  return {
    auth: oneOf(params.get('auth'), AUTHENTICATION_STATES),
    method: oneOf(params.get('method'), HTTP_METHODS),
    framework: oneOf(params.get('fw'), FRAMEWORKS),
    writes: params.get('writes') === '1',
    text: (params.get('q') ?? '').slice(0, 300),
    sort: params.get('sort') === 'path' ? 'path' : 'risk',
    view: params.get('view') === 'changes' ? 'changes' : 'list',
    focus: params.get('ep')?.slice(0, 2000) || null,
  };
}

export function endpointsRouteParams(r: EndpointsRoute): RouteParams {
  return {
    auth: r.auth,
    method: r.method,
    fw: r.framework,
    writes: r.writes ? '1' : undefined,
    q: r.text,
    sort: r.sort === 'risk' ? undefined : r.sort,
    view: r.view === 'list' ? undefined : r.view,
    ep: r.focus,
  };
}
