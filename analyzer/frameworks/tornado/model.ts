// Tornado's part of the taint model: a RequestHandler's own argument readers (`self.get_argument`)
// and path arguments, its request (`self.request.body`, `.arguments`, `.uri`), and what it writes:
// `self.write` / `self.finish` of a string is the HTML body, `self.redirect` takes a URL. Templates
// rendered with `self.render` autoescape; a Template built from request text is template injection.
// Beside the handler: `set_header("Location", …)` redirects as `self.redirect` does, the
// AsyncHTTPClient fetches what it is given, tornado.process.Subprocess spawns as subprocess.Popen
// does, and Motor's MotorClient is a MongoDB client.
import type { CallView, FrameworkModel } from '../model.js';

/** The object kind `self` carries inside a RequestHandler subclass. */
export const TORNADO_HANDLER = 'tornado-handler';
/** Also carried by `self` of handlers whose Application was built with autoescape=None. */
export const TORNADO_RAW_TEMPLATES = 'tornado-raw-templates';
const HTTP_CLIENT = 'tornado-http-client';
const SUBPROCESS = ['tornado.process.Subprocess'];

/** A header write whose name is Location (any case): the browser goes where its value says. */
const locationHeader = (c: CallView) => String(c.constArg(0) ?? c.constKw('name') ?? '').toLowerCase() === 'location';
/**
 * An argv list that hands its command line to a shell (`["bash", "-c", cmd]`): the line is parsed
 * by the shell. Other lists are left to the argv rules of subprocess, which Subprocess wraps; an
 * option's value after a short flag (`-e`, pattern) is not read as an option here.
 */
const SHELL_ARGV = /^\[\s*(['"])(?:\/(?:usr\/)?bin\/)?(?:ba|z|k|da)?sh\1\s*,\s*(['"])-c\2/;
/**
 * The template is not among the files scanned: with autoescape off every keyword is printed raw by
 * `{{ }}`. A template the scan read is judged by its own writes (template-file-sinks.ts), and may
 * turn escaping back on (`{% autoescape xhtml_escape %}`).
 */
const rawRender = (c: CallView) => {
  const name = c.constArg(0) ?? c.constKw('template_name');
  return typeof name !== 'string' || (c.templates()?.resolve(name, c.path(), 'tornado').length ?? 0) === 0;
};
const viaShell = (c: CallView) => c.constKw('shell') === true || SHELL_ARGV.test(c.argText(0));

export const tornadoModel: FrameworkModel = {
  name: 'tornado',
  requestAttrs: {
    body: false, arguments: false, query_arguments: false, body_arguments: false, files: false, uri: false, query: false,
    headers: false, cookies: false,
  },
  requestMethods: { full_url: false },
  sameSiteRequestParts: ['uri'],
  selfSources: {
    [TORNADO_HANDLER]: {
      methods: {
        get_argument: false, get_arguments: false, get_query_argument: false, get_query_arguments: false, get_body_argument: false,
        get_body_arguments: false, get_cookie: false, decode_argument: false,
      },
      attrs: { path_args: false, path_kwargs: false },
    },
  },
  sinks: [
    // A dict is written as JSON; anything else is the HTML body.
    { kind: 'xss', methods: ['write', 'finish'], receivers: [TORNADO_HANDLER], args: [0], kwargs: ['chunk'], when: (c) => !/^\{/.test(c.argText(0)) },
    { kind: 'redirect', methods: ['redirect'], receivers: [TORNADO_HANDLER], args: [0], kwargs: ['url'] },
    { kind: 'template', callees: ['tornado.template.Template'], args: [0], kwargs: ['template_string'] },
    { kind: 'xss', methods: ['render', 'render_string'], receivers: [TORNADO_RAW_TEMPLATES], args: [], kwargsOf: (c) => c.kwNames().filter((k) => k !== 'template_name'), when: rawRender },
    { kind: 'redirect', methods: ['set_header', 'add_header'], receivers: [TORNADO_HANDLER], args: [1], kwargs: ['value'], when: locationHeader },
    { kind: 'ssrf', methods: ['fetch'], receivers: [HTTP_CLIENT], args: [0], kwargs: ['request'] },
    { kind: 'ssrf', callees: ['tornado.httpclient.HTTPRequest'], args: [0], kwargs: ['url'] },
    { kind: 'command', callees: SUBPROCESS, args: [0], kwargs: ['args'], when: viaShell },
  ],
  sanitizers: [{ callees: ['tornado.escape.xhtml_escape', 'tornado.escape.url_escape'], kinds: ['xss'] }],
  objects: [
    { callees: ['tornado.httpclient.AsyncHTTPClient', 'tornado.httpclient.HTTPClient'], obj: HTTP_CLIENT },
    { callees: ['motor.motor_tornado.MotorClient'], obj: 'mongo' },
  ],
  noReturn: ['tornado.web.HTTPError'],
};
