// What a bare WSGI app writes: `start_response(status, headers)` hands the status line and the
// (name, value) list to the server. PEP 3333 asks the application not to put control characters
// there, and neither wsgiref nor the common servers check every value (wsgiref's simple_server
// writes them as given), so a request value in a header splits the response: a vulnerability, not
// a hotspot (no `response-of:` mark, see ../headers.ts). The parameter may be renamed or captured
// by a wrapper's closure (`def start(status, headers, exc_info=None): … start_response(…)`), so the
// sink follows the value, not the name. The value of a Location pair in that list is where the
// browser goes: an open redirect when the client chose it. The app returns its body as a list of
// byte strings; the content type went apart, so an item is HTML when its text builds markup in
// place (`f"<p>Hi {who}</p>".encode()`).
import type { FrameworkModel } from '../model.js';

export const START_RESPONSE = 'wsgi-start-response';
const LOCATION = ['Location', 'location', 'LOCATION'];

export const wsgiModel: FrameworkModel = {
  name: 'wsgi',
  sinks: [
    { kind: 'header', callables: [START_RESPONSE], args: [0, 1], kwargs: ['status', 'headers', 'response_headers'] },
    { kind: 'redirect', callables: [START_RESPONSE], args: [], dictKeysOf: () => ({ arg: 1, kw: 'headers', keys: LOCATION }) },
  ],
  bodyLists: [{ params: [START_RESPONSE], html: (text) => /<[a-zA-Z!/]/.test(text) }],
};
