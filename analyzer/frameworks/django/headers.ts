// Django's responses and CR/LF (checked with /usr/bin/python3 on Debian 12's python3-django 3.2.25):
// HttpResponse and every subclass (StreamingHttpResponse, FileResponse, redirects, DRF's Response)
// raise BadHeaderError for a header value holding a newline, through response[...] =, .headers[...],
// setdefault() and the headers= argument alike. set_cookie() goes through http.cookies.SimpleCookie.
import type { HeaderFacts } from '../headers.js';

export const djangoHeaders: HeaderFacts = {
  refusesNewlines: "Django refuses CR/LF in header values (BadHeaderError: \"Header values can't contain newlines\")",
  cookiesSafe: 'Django quotes CR/LF in a cookie value (http.cookies writes them as \\015\\012) and refuses them in its name',
};
