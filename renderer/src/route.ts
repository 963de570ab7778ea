// The hash router: `#/page?key=value`. The page and its selection and filters live in the URL, so
// back/forward return to the same requirement, filter and finding, and a link can say where it leads.
import { useEffect, useState } from 'react';
import { PAGES, type PageId } from './app-context.js';

export interface Route {
  page: PageId;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path, query] = hash.replace(/^#\/?/, '').split('?', 2) as [string, string | undefined];
  const page = (PAGES as readonly string[]).includes(path) ? (path as PageId) : 'projects';
  return { page, params: new URLSearchParams(query ?? '') };
}

export function currentRoute(): Route {
  return parseHash(window.location.hash);
}

export type RouteParams = Record<string, string | number | null | undefined>;

/** `#/findings?sev=high`: empty values are left out so URLs stay short. */
export function routeHref(page: PageId, params: RouteParams = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const query = q.toString();
  return `#/${page}${query ? `?${query}` : ''}`;
}

/**
 * Goes to a route; `replace` keeps the history entry (typing in a box is not a step back).
 * The route's listeners hear of it before this returns: setting `location.hash` would announce it a
 * task later, and in between React puts a controlled checkbox back to the old route's value, so a
 * click on a filter box would seem not to take.
 */
export function go(page: PageId, params: RouteParams = {}, options: { replace?: boolean } = {}): void {
  const href = routeHref(page, params);
  if (href === window.location.hash) return;
  const oldURL = window.location.href;
  if (options.replace) window.history.replaceState(window.history.state, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }));
}

/** The current route, following back/forward and links. */
export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onHash = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

/** Params as a plain object, for `go(page, { ...paramsOf(route), sel: 3 })`. */
export function paramsOf(route: Route): Record<string, string> {
  return Object.fromEntries(route.params.entries());
}
