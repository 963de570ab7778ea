// Starlette's responses (and FastAPI's, which are Starlette's), checked with /usr/bin/python3 on
// Debian 12's python3-starlette 0.26.1: headers[...] = and the headers= argument keep
// 'a\r\nSet-Cookie: x=1' as given, so a request value in a header splits the response (and uvicorn
// sends what it is handed). set_cookie() goes through http.cookies: CR/LF in the value is quoted
// (\015\012), a name holding them is refused (CookieError).
import type { HeaderFacts } from '../headers.js';

export const starletteHeaders: HeaderFacts = {
  refusesNewlines: null,
  cookiesSafe: 'Starlette quotes CR/LF in a cookie value (http.cookies writes them as \\015\\012) and refuses them in its name',
};
