// Flask's part of the taint model: the request proxy, route converters (in the interpreter's view
// rules), and Flask/Werkzeug sinks and sanitizers. A view's returned string is an HTML response.
import type { FrameworkModel } from '../model.js';
import { responseOf } from '../headers.js';

const SAVES_NO_PATH = /(^|[._])(form|serializer|storage|session|instance|obj|object|self|user|model|record|entry|item|profile)s?$/i;

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
  // The page itself (`redirect(request.url)` reloads it): the host in these is the one the client asked for.
  sameSiteRequestParts: ['path', 'full_path', 'script_root', 'url', 'base_url', 'host_url', 'url_root', 'root_url'],
  globalObjects: { 'flask.request': 'req', 'flask.session': 'session', 'flask.current_app.logger': 'logger' },
  objects: [{ callees: ['flask.send_file', 'flask.send_from_directory', 'flask.abort', 'flask.jsonify', 'flask.make_response', 'flask.Response', 'werkzeug.wrappers.Response', 'flask.wrappers.Response', 'flask.redirect'], obj: 'response', also: [responseOf('flask')] }],
  sinks: [
    { kind: 'template', callees: ['flask.render_template_string'], args: [0], kwargs: ['source'] },
    { kind: 'redirect', callees: ['flask.redirect', 'werkzeug.utils.redirect'], args: [0], kwargs: ['location'] },
    { kind: 'path', callees: ['flask.send_file', 'werkzeug.utils.send_file'], args: [0], kwargs: ['path_or_file', 'filename_or_fp'] },
    { kind: 'xss', callees: ['markupsafe.Markup', 'flask.Markup', 'jinja2.Markup'], args: [0], kwargs: ['base'] },
    // Werkzeug's FileStorage.save(dst) (and any `x.save(path)` that writes a file, PIL's included):
    // a destination built from the request writes where the client says. Django's form / model /
    // storage saves take no path (storages clean their names) and are left out by their receivers.
    { kind: 'path', methods: ['save'], args: [0], kwargs: ['dst'], when: (c) => c.hasArg(0) && !SAVES_NO_PATH.test(c.receiverText()) },
    {
      kind: 'xss',
      callees: ['flask.make_response', 'flask.Response', 'werkzeug.wrappers.Response', 'flask.wrappers.Response'],
      args: [0],
      kwargs: ['response'],
      when: (c) => {
        const t = c.constKw('mimetype') ?? c.constKw('content_type');
        return t === undefined ? !c.hasKw('mimetype') && !c.hasKw('content_type') : String(t).includes('html');
      },
    },
  ],
  sanitizers: [
    { callees: ['flask.escape', 'markupsafe.escape', 'werkzeug.utils.escape'], kinds: ['xss'] },
    { callees: ['werkzeug.utils.secure_filename', 'flask.safe_join', 'werkzeug.security.safe_join', 'werkzeug.utils.safe_join'], kinds: ['path'] },
    { callees: ['flask.render_template', 'flask.jsonify'], kinds: 'all' },
    // Markup(x) is reported as the XSS sink itself; what it returns is not reported again.
    { callees: ['markupsafe.Markup', 'flask.Markup', 'jinja2.Markup'], kinds: ['xss'] },
  ],
  cleanCalls: ['flask.url_for', 'flask.send_from_directory', 'flask.jsonify', 'flask.render_template'],
  noReturn: ['flask.abort', 'werkzeug.exceptions.abort'],
};
