// Falcon's part of the taint model: the request's media (parsed body), params and get_param*,
// streams, headers and cookies; typed readers (get_param_as_int …) return no injectable text. A
// response is written by assigning to it: `resp.text` / `resp.body` / `resp.data` of a value that
// builds HTML in place is the HTML body (Falcon's default media type is JSON). Redirects are raised.
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
  sinks: [{ kind: 'redirect', callees: each(redirects), args: [0], kwargs: ['location'] }],
  attrSinks: [{ kind: 'xss', receivers: [FALCON_RESPONSE], attrs: ['text', 'body', 'data'], when: (v) => /<[a-zA-Z!/]/.test(v) }],
  noReturn: each(['HTTPNotFound', 'HTTPBadRequest', 'HTTPForbidden', 'HTTPUnauthorized', 'HTTPError']),
};
