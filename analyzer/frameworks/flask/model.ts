// Flask's part of the taint model: the request proxy, route converters (in the interpreter's view
// rules), and Flask/Werkzeug sinks and sanitizers. A view's returned string is an HTML response.
import type { CallView, FrameworkModel } from '../model.js';
import { responseOf } from '../headers.js';
import { riskyNames } from '../template-output-contexts.js';

const SAVES_NO_PATH = /(^|[._])(form|serializer|storage|session|instance|obj|object|self|user|model|record|entry|item|profile)s?$/i;

/** Object kinds whose save(path) writes a file there (see FILE_WRITERS). */
const FILE_KINDS = ['image', 'file-document'];

function savesToPath(c: CallView): boolean {
  if (!c.hasArg(0) && !c.hasKw('dst') && !c.hasKw('fp')) return false;
  const objs = c.receiverObjs();
  if (objs.some((o) => o.startsWith('inst:') || o.startsWith('self:'))) return false;
  if (objs.some((o) => FILE_KINDS.includes(o))) return true;
  return c.receiverTainted() && !SAVES_NO_PATH.test(c.receiverText());
}

/** A response whose declared type is HTML, or that declares none (Flask's default is text/html). */
function servesHtml(c: CallView): boolean {
  const t = c.constKw('mimetype') ?? c.constKw('content_type');
  return t === undefined ? !c.hasKw('mimetype') && !c.hasKw('content_type') : String(t).includes('html');
}

export const flaskModel: FrameworkModel = {
  name: 'flask',
  requestAttrs: {
    args: false, form: false, values: false, json: true, data: false, cookies: false, headers: false, files: false,
    view_args: false, stream: false, full_path: false, referrer: false, query_string: false, environ: false,
    // The URL as the client sent it, and headers Werkzeug parses (Host, Origin, User-Agent, X-Forwarded-For).
    url: false, base_url: false, host: false, host_url: false, url_root: false, root_url: false, origin: false,
    user_agent: false, access_route: false, authorization: false, content_type: false, mimetype: false,
  },
  requestMethods: { get_json: true, get_data: false },
  routeArgs: ['view_args'],
  // A view's `return body, status, headers`: Werkzeug builds the response from the tuple (./headers.ts).
  tupleHeaders: true,
  // The page itself (`redirect(request.url)` reloads it): the host in these is the one the client asked for.
  sameSiteRequestParts: ['path', 'full_path', 'script_root', 'url', 'base_url', 'host_url', 'url_root', 'root_url'],
  globalObjects: { 'flask.request': 'req', 'flask.session': 'session', 'flask.current_app.logger': 'logger' },
  objects: [{ callees: ['flask.send_file', 'flask.send_from_directory', 'flask.abort', 'flask.jsonify', 'flask.make_response', 'flask.Response', 'werkzeug.wrappers.Response', 'flask.wrappers.Response', 'flask.redirect'], obj: 'response', also: [responseOf('flask')] }],
  sinks: [
    { kind: 'template', callees: ['flask.render_template_string'], args: [0], kwargs: ['source'] },
    // A constant template's variables written inside <script>, an unquoted attribute or with |safe
    // (autoescape does not cover them), and those starting an href/src (`javascript:` URLs).
    { kind: 'xss', callees: ['flask.render_template_string'], args: [], kwargsOf: (c) => riskyNames(c.constArg(0)).html, when: (c) => riskyNames(c.constArg(0)).html.length > 0 },
    { kind: 'script-url', callees: ['flask.render_template_string'], args: [], kwargsOf: (c) => riskyNames(c.constArg(0)).url, when: (c) => riskyNames(c.constArg(0)).url.length > 0 },
    { kind: 'redirect', callees: ['flask.redirect', 'werkzeug.utils.redirect'], args: [0], kwargs: ['location'] },
    { kind: 'path', callees: ['flask.send_file', 'werkzeug.utils.send_file'], args: [0], kwargs: ['path_or_file', 'filename_or_fp'] },
    // The directory is trusted as it is (only the file name is joined safely inside it).
    { kind: 'path', callees: ['flask.send_from_directory', 'flask.helpers.send_from_directory'], args: [0], kwargs: ['directory'] },
    { kind: 'xss', callees: ['markupsafe.Markup', 'flask.Markup', 'jinja2.Markup'], args: [0], kwargs: ['base'] },
    // Werkzeug's FileStorage.save(dst), a Django upload's, a PIL image's, an office document's: a
    // destination built from the request writes where the client says. Only receivers known to be
    // files count: an uploaded file (client data itself) or an object of a file kind. A project
    // class's save() is judged by its own body; Django's form / model / storage saves take no path.
    { kind: 'path', methods: ['save'], args: [0], kwargs: ['dst', 'fp'], when: savesToPath },
    { kind: 'xss', callees: ['flask.Response', 'werkzeug.wrappers.Response', 'flask.wrappers.Response'], args: [0], kwargs: ['response'], when: servesHtml },
    // make_response() jsonify()s a dict or list body (Flask 2.2 and later): JSON, not HTML.
    { kind: 'xss', callees: ['flask.make_response'], args: [0], kwargs: ['response'], when: (c) => !/^(\{|\[|dict\()/.test(c.argText(0).trimStart()) && servesHtml(c) },
  ],
  sanitizers: [
    { callees: ['flask.escape', 'markupsafe.escape', 'werkzeug.utils.escape'], kinds: ['xss'] },
    { callees: ['werkzeug.utils.secure_filename', 'flask.safe_join', 'werkzeug.security.safe_join', 'werkzeug.utils.safe_join'], kinds: ['path'] },
    { callees: ['flask.render_template', 'flask.jsonify'], kinds: 'all' },
    // Markup(x) is reported as the XSS sink itself; what it returns is not reported again.
    { callees: ['markupsafe.Markup', 'flask.Markup', 'jinja2.Markup'], kinds: ['xss'] },
  ],
  cleanCalls: [
    'flask.url_for', 'flask.send_from_directory', 'flask.jsonify', 'flask.render_template',
    // A salted hash `method$salt$hex` (or a bool) whatever the password was: none of the client's text survives.
    'werkzeug.security.generate_password_hash', 'werkzeug.security.check_password_hash',
  ],
  noReturn: ['flask.abort', 'werkzeug.exceptions.abort'],
};
