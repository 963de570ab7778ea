// Starlette's responses (and FastAPI's, which are Starlette's), checked with /usr/bin/python3 on
// Debian 12's python3-starlette 0.26.1: headers[...] = and the headers= argument keep
// 'a\r\nSet-Cookie: x=1' as given (raw_headers holds the CR/LF), so a request value in a header
// splits the response under a server that writes what it is handed. Some servers refuse on their own
// (uvicorn 0.17.6 raises "Invalid HTTP header value" since 0.11.7, h11 0.14 LocalProtocolError): a
// deployment's defence, not Starlette's, so a request value there stays a vulnerability.
// set_cookie() goes through http.cookies: CR/LF in the value is quoted (\015\012), a name holding
// them is refused (CookieError).
import type { HeaderFacts } from '../headers.js';

export const starletteHeaders: HeaderFacts = {
  refusesNewlines: null,
  cookiesSafe: 'Starlette quotes CR/LF in a cookie value (http.cookies writes them as \\015\\012) and refuses them in its name',
};
