// aiohttp.web's responses, checked with /usr/bin/python3 on Debian 12's python3-aiohttp 3.8.4:
// response.headers accepts a CR/LF value, but the writer that serialises the headers raises
// ValueError ("Newline or carriage return character detected in HTTP status message or header") and
// the response is never sent (the client sees the connection close). set_cookie() goes through
// http.cookies: CR/LF in the value is quoted (\015\012).
import type { HeaderFacts } from '../headers.js';

export const aiohttpHeaders: HeaderFacts = {
  refusesNewlines: 'aiohttp refuses to send a header value holding CR/LF (ValueError: "Newline or carriage return character detected")',
  cookiesSafe: 'aiohttp quotes CR/LF in a cookie value (http.cookies writes them as \\015\\012)',
};
