// aiohttp.web's part of the taint model: the request's query, match_info (path parameters, see
// routeArgs), headers, cookies and awaited bodies (post(), json(), text(), read()); responses whose
// text is HTML when their content type says so; FileResponse paths; a response (or an HTTPFound)
// given a Location header in its headers dict sends the browser where that value says.
// A request marked AIOHTTP_RAW_JINJA (its route was registered beside `aiohttp_jinja2.setup(app,
// autoescape=False)`) renders templates that print the context raw.
import type { CallView, FrameworkModel } from '../model.js';
import { responseOf } from '../headers.js';

export const AIOHTTP_RAW_JINJA = 'aiohttp-raw-jinja';
/** The template is not among the scanned files; one that is is judged by its own writes (template-file-sinks.ts). */
const unreadTemplate = (c: CallView) => {
  const name = c.constArg(0) ?? c.constKw('template_name');
  return typeof name !== 'string' || (c.templates()?.resolve(name, c.path(), 'aiohttp').length ?? 0) === 0;
};
const rawJinja = (c: CallView) => (c.hasKw('request') ? c.kwObjs('request') : c.argObjs(1)).includes(AIOHTTP_RAW_JINJA) && unreadTemplate(c);
const LOCATION = ['Location', 'location', 'LOCATION'];
const htmlType = (t: unknown) => typeof t === 'string' && t.includes('html');

export const aiohttpModel: FrameworkModel = {
  name: 'aiohttp',
  requestAttrs: { query: false, match_info: false, rel_url: false, raw_path: false, content: false, headers: false, cookies: false },
  requestMethods: { post: false, json: true, text: false, read: false, multipart: false },
  routeArgs: ['match_info'],
  // The Host the victim's own browser sent names this very site: a redirect there stays on it.
  sameSiteRequestParts: ['host'],
  objects: [{ callees: ['aiohttp.web.Response', 'aiohttp.web.json_response', 'aiohttp.web.FileResponse', 'aiohttp.web.HTTPFound'], obj: 'response', also: [responseOf('aiohttp')] }],
  sinks: [
    { kind: 'xss', callees: ['aiohttp.web.Response'], args: [], kwargs: ['text', 'body'], when: (c) => htmlType(c.constKw('content_type')) },
    { kind: 'redirect', callees: ['aiohttp.web.HTTPFound', 'aiohttp.web.HTTPSeeOther', 'aiohttp.web.HTTPTemporaryRedirect', 'aiohttp.web.HTTPMovedPermanently'], args: [0], kwargs: ['location'] },
    { kind: 'path', callees: ['aiohttp.web.FileResponse'], args: [0], kwargs: ['path'] },
    { kind: 'xss', callees: ['aiohttp_jinja2.render_template', 'aiohttp_jinja2.render_string'], args: [2], kwargs: ['context'], when: rawJinja },
    { kind: 'redirect', callees: ['aiohttp.web.Response', 'aiohttp.web.StreamResponse'], args: [], dictKeysOf: () => ({ arg: -1, kw: 'headers', keys: LOCATION }) },
  ],
  cleanCalls: ['aiohttp.web.json_response'],
  noReturn: ['aiohttp.web.HTTPNotFound', 'aiohttp.web.HTTPBadRequest', 'aiohttp.web.HTTPForbidden'],
};
