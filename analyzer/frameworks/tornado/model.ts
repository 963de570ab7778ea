// Tornado's part of the taint model: a RequestHandler's own argument readers (`self.get_argument`)
// and path arguments, its request (`self.request.body`, `.arguments`, `.uri`), and what it writes:
// `self.write` / `self.finish` of a string is the HTML body, `self.redirect` takes a URL. Templates
// rendered with `self.render` autoescape; a Template built from request text is template injection.
import type { FrameworkModel } from '../model.js';

/** The object kind `self` carries inside a RequestHandler subclass. */
export const TORNADO_HANDLER = 'tornado-handler';

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
  ],
  sanitizers: [{ callees: ['tornado.escape.xhtml_escape', 'tornado.escape.url_escape'], kinds: ['xss'] }],
  objects: [],
  noReturn: ['tornado.web.HTTPError'],
};
