// Is a middleware class in the settings module's MIDDLEWARE, as Django's checks test it (by exact
// dotted path)? Answers only when the list is fully known; a project's own subclass of the class
// (recognised by the class name's last word) counts as present.
import type { SyntaxNode } from '../../rule.js';
import type { SettingsModule } from './settings-model.js';

export const SECURITY_MIDDLEWARE = 'django.middleware.security.SecurityMiddleware';
export const XFRAME_MIDDLEWARE = 'django.middleware.clickjacking.XFrameOptionsMiddleware';
export const CSRF_MIDDLEWARE = 'django.middleware.csrf.CsrfViewMiddleware';
export const SESSION_MIDDLEWARE = 'django.contrib.sessions.middleware.SessionMiddleware';

export type MiddlewareState = { state: 'present' } | { state: 'absent'; anchor: SyntaxNode } | { state: 'unknown' };

export function middlewareState(model: SettingsModule, dotted: string, lookalike: RegExp): MiddlewareState {
  const name = model.assignment('MIDDLEWARE') ? 'MIDDLEWARE' : model.assignment('MIDDLEWARE_CLASSES') ? 'MIDDLEWARE_CLASSES' : null;
  if (!name) return { state: 'unknown' };
  const list = model.stringList(name);
  if (!list) return { state: 'unknown' };
  if (list.items.includes(dotted)) return { state: 'present' };
  if (list.items.some((i) => lookalike.test(i.split('.').pop() ?? ''))) return { state: 'present' };
  if (!list.complete) return { state: 'unknown' };
  return { state: 'absent', anchor: model.anchor(name) };
}

/** True when MIDDLEWARE is known and holds the class: Django's own test for "the middleware is on". */
export function hasMiddleware(model: SettingsModule, dotted: string): boolean {
  const name = model.assignment('MIDDLEWARE') ? 'MIDDLEWARE' : 'MIDDLEWARE_CLASSES';
  return model.stringList(name)?.items.includes(dotted) ?? false;
}
