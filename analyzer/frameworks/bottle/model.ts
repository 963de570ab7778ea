// Bottle's part of the taint model: the thread-local `bottle.request` (query, forms, params,
// json, body, files, cookies, headers), redirect(), templates (the template text itself, and the
// keywords a constant SimpleTemplate prints unescaped with `{{!name}}`), static_file (contained in
// its root: only a request-chosen root is a path sink). A view's returned string is the HTML body.
import type { CallView, FrameworkModel } from '../model.js';
import { responseOf } from '../headers.js';

/** Names a constant SimpleTemplate source prints raw: `{{!name}}`, `{{! name.attr }}`. */
export function rawNames(c: CallView): string[] {
  const src = c.constArg(0);
  if (typeof src !== 'string') return [];
  return [...src.matchAll(/\{\{!\s*([A-Za-z_]\w*)/g)].map((m) => m[1]!);
}

const TEMPLATES = ['bottle.template', 'bottle.SimpleTemplate', 'bottle.jinja2_template', 'bottle.mako_template'];

export const bottleModel: FrameworkModel = {
  name: 'bottle',
  requestAttrs: {
    query: false, forms: false, params: false, json: true, body: false, files: false, cookies: false, headers: false,
    query_string: false, environ: false, fullpath: false, url: false, urlparts: false, auth: false,
  },
  requestMethods: { get_cookie: false, get_header: false },
  sameSiteRequestParts: ['fullpath', 'url', 'urlparts'],
  routeArgs: ['url_args'],
  globalObjects: { 'bottle.request': 'req' },
  objects: [{ callees: ['bottle.redirect', 'bottle.static_file', 'bottle.HTTPResponse', 'bottle.abort'], obj: 'response', also: [responseOf('bottle')] }],
  sinks: [
    { kind: 'redirect', callees: ['bottle.redirect'], args: [0], kwargs: ['url'] },
    // A template name or source chosen by the request is template injection (`{{` runs Python).
    { kind: 'template', callees: TEMPLATES, args: [0], kwargs: ['source', 'tpl'] },
    { kind: 'xss', callees: ['bottle.template'], args: [], kwargsOf: rawNames, when: (c) => rawNames(c).length > 0 },
    { kind: 'path', callees: ['bottle.static_file'], args: [], kwargs: ['root'] },
  ],
  // bottle.html_escape replaces & < > " ' with entities, as html.escape(s, quote=True) does.
  sanitizers: [{ callees: ['bottle.html_escape'], kinds: ['xss'] }],
  cleanCalls: ['bottle.static_file', 'bottle.url'],
  noReturn: ['bottle.abort', 'bottle.redirect'],
};
