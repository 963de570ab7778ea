// Flask's responses are Werkzeug's (checked with /usr/bin/python3 on Debian 12's python3-werkzeug
// 2.2.2; Werkzeug 3.1 refuses the same way): Headers refuse a value holding CR or LF with ValueError
// ("Detected newline in header value"), for headers[...] =, add(), set(), the headers= argument and
// make_response's header tuples. set_cookie() quotes CR/LF in the value and refuses them in the name.
import type { HeaderFacts } from '../headers.js';

export const flaskHeaders: HeaderFacts = {
  refusesNewlines: 'Werkzeug refuses CR/LF in header values (ValueError: "Detected newline in header value")',
  cookiesSafe: 'Werkzeug quotes CR/LF in a cookie value (\\015\\012) and refuses them in its name',
};
