// Bottle's responses, checked with /usr/bin/python3 on Debian 12's python3-bottle 0.12.23:
// set_header(), add_header() and headers[...] = on HTTPResponse and the global `response` raise
// ValueError ("Header value must not contain control characters"). set_cookie() goes through
// http.cookies: CR/LF in the value is quoted (\015\012).
import type { HeaderFacts } from '../headers.js';

export const bottleHeaders: HeaderFacts = {
  refusesNewlines: 'Bottle refuses control characters in header values (ValueError: "Header value must not contain control characters")',
  cookiesSafe: 'Bottle quotes CR/LF in a cookie value (http.cookies writes them as \\015\\012)',
};
