// Falcon's part of the taint model: the request's media (parsed body), params and get_param*,
// streams, headers and cookies; typed readers (get_param_as_int …) return no injectable text. A
// response is written by assigning to it: `resp.text` / `resp.body` / `resp.data` of a value that
// builds HTML in place is the HTML body (Falcon's default media type is JSON). Redirects are raised.
// Headers, read in falconry/falcon's source (response.py, response_helpers.py, redirects.py): set_header
// and append_header keep the value as given; `resp.downloadable_as` / `viewable_as` write an ASCII name
// into `filename="…"` unquoted; `resp.etag` only adds quotes; a raised redirect puts its location into
// the Location header as given. `resp.location` and `content_location` are percent-encoded (uri.encode),
// so CR/LF cannot survive there. Nothing in Falcon refuses CR/LF: only a validating WSGI server would.
import type { FrameworkModel } from '../model.js';

/** The object kind of a responder's `resp` parameter. */
export const FALCON_RESPONSE = 'falcon-response';

const redirects = ['HTTPFound', 'HTTPSeeOther', 'HTTPMovedPermanently', 'HTTPTemporaryRedirect', 'HTTPPermanentRedirect'];
const each = (names: readonly string[]) => names.flatMap((n) => [`falcon.${n}`, `falcon.redirects.${n}`]);

export const falconModel: FrameworkModel = {
  name: 'falcon',
  requestAttrs: {
    media: true, params: false, stream: false, bounded_stream: false, query_string: false, headers: false, cookies: false,
    relative_uri: false, uri: false, url: false, forwarded_uri: false, referer: false, user_agent: false,
  },
  requestMethods: {
    get_media: true, get_param: false, get_param_as_list: false, get_param_as_json: true, get_header: false, get_cookie_values: false,
  },
  sameSiteRequestParts: ['relative_uri', 'uri', 'url', 'forwarded_uri'],
  sinks: [
    { kind: 'redirect', callees: each(redirects), args: [0], kwargs: ['location'] },
    { kind: 'header', callees: each(redirects), args: [0], kwargs: ['location'] },
    { kind: 'header', methods: ['set_header', 'append_header'], receivers: [FALCON_RESPONSE], args: [0, 1], kwargs: ['name', 'value'] },
  ],
  attrSinks: [
    { kind: 'xss', receivers: [FALCON_RESPONSE], attrs: ['text', 'body', 'data'], when: (v) => /<[a-zA-Z!/]/.test(v) },
    { kind: 'header', receivers: [FALCON_RESPONSE], attrs: ['downloadable_as', 'viewable_as', 'etag'] },
  ],
  // BodyPart.secure_filename is falcon.secure_filename(filename): NFKD to ASCII, every character but
  // [A-Za-z0-9.-] made `_`, a leading dot too. No separator, never `.` or `..`, no markup or shell text.
  cleanAttrs: [{ attrs: ['secure_filename'], kinds: ['path', 'command', 'xss', 'header', 'log', 'sql', 'ldap', 'xpath', 'nosql', 'template', 'redirect'] }],
  noReturn: each(['HTTPNotFound', 'HTTPBadRequest', 'HTTPForbidden', 'HTTPUnauthorized', 'HTTPError']),
};
