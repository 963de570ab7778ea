// Route paths from every framework's syntax to one form: `/products/{pk}/`, parameters listed with
// their converter or type.
import type { EndpointParam } from '../../domain/index.js';
import { UNROUTED_PREFIX } from '../../domain/index.js';

export interface NormalPath {
  path: string;
  params: EndpointParam[];
}

/** Join a prefix and a route the way the frameworks concatenate them, with one slash between. */
export function joinPath(prefix: string, route: string): string {
  if (!prefix) return route;
  if (!route) return prefix;
  const a = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  const b = route.startsWith('/') ? route : `/${route}`;
  return a + b;
}

/** Leading slash, no doubled slashes. */
export function sitePath(path: string): string {
  // `(unrouted) …` and Django's `(handler404)`: no URL of their own.
  if (path.startsWith(UNROUTED_PREFIX) || path.startsWith('(')) return path;
  // A handler that answers every path (a bare WSGI callable, an http.server verb that never reads self.path).
  if (path === '*' || path.startsWith('*#')) return path;
  const p = path.startsWith('/') ? path : `/${path}`;
  return p.replace(/\/{2,}/g, '/');
}

/** Django `path()`: `<int:pk>` → `{pk}` (int). */
export function djangoPath(route: string): NormalPath {
  const params: EndpointParam[] = [];
  const path = route.replace(/<(?:(\w+):)?(\w+)>/g, (_m, conv: string | undefined, name: string) => {
    params.push({ name, type: conv ?? 'str' });
    return `{${name}}`;
  });
  return { path, params };
}

/** Django `re_path()` / `url()`: `^(?P<pk>\d+)/$` → `{pk}`; anchors dropped, unnamed groups `{arg1}`. */
export function regexPath(pattern: string): NormalPath {
  const params: EndpointParam[] = [];
  let n = 0;
  let path = pattern.replace(/^\^/, '').replace(/\$$/, '').replace(/\\Z$/, '');
  path = path.replace(/\(\?P<(\w+)>((?:[^()\\]|\\.|\([^()]*\))*)\)/g, (_m, name: string, body: string) => {
    params.push({ name, type: /^(?:\\d|\[0-9\])(?:[+*]|\{\d+(?:,\d*)?\})$/.test(body) ? 'int' : 'regex' });
    return `{${name}}`;
  });
  path = path.replace(/\((?!\?)((?:[^()\\]|\\.)*)\)/g, () => {
    const name = `arg${++n}`;
    params.push({ name, type: 'regex' });
    return `{${name}}`;
  });
  path = path.replace(/\\([./-])/g, '$1').replace(/\?$/, '');
  return { path, params };
}

/** Flask/Werkzeug: `<int:id>`, `<path:p>`, `<any(a, b):x>` → `{id}`. */
export function werkzeugPath(route: string): NormalPath {
  const params: EndpointParam[] = [];
  const path = route.replace(/<(?:([a-zA-Z_]\w*)(?:\([^)]*\))?:)?([a-zA-Z_]\w*)>/g, (_m, conv: string | undefined, name: string) => {
    params.push({ name, type: conv ?? 'str' });
    return `{${name}}`;
  });
  return { path, params };
}

/** FastAPI/Starlette: `{id}`, `{p:path}` → `{p}`; types come from the handler's annotations. */
export function starlettePath(route: string, types: Record<string, string> = {}): NormalPath {
  const params: EndpointParam[] = [];
  const path = route.replace(/\{(\w+)(?::(\w+))?\}/g, (_m, name: string, conv: string | undefined) => {
    params.push({ name, type: conv ?? types[name] ?? 'str' });
    return `{${name}}`;
  });
  return { path, params };
}
