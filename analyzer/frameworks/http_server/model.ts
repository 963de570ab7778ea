// The standard library's HTTP servers: a BaseHTTPRequestHandler's `self.path`, `self.headers` and
// `self.rfile` are the client's request; `self.wfile.write` is the response body (HTML unless the
// handler says otherwise), `self.send_header` writes a header without checking for CR/LF. A
// socketserver handler reads the client from `self.request` (a socket) or `self.rfile`, and writes
// the whole response itself: a `wfile.write` whose text (or the value it was built from) holds a
// CRLF-ended header line with a value filled in (`f"Location: {url}\r\n"`, `"Location: %s\r\n" % url`)
// writes that header as given, as does such a line written after send_response. A Location header
// sent with send_header is where the browser goes: an open redirect when the client chose it.
import type { CallView, FrameworkModel } from '../model.js';

export const HTTP_HANDLER = 'http-handler';
const WFILE = 'http-wfile';
/**
 * A header line (at the start of the text or after a `\n` escape) whose value is filled in:
 * `Location: https://x{path}`, `Name: %s`, `"Name: " + x` — the slot before the line's end.
 */
const FILLED_HEADER_LINE = /(?:^|\\n|["'])[A-Za-z][\w-]*: [^\\{%"']*(?:\{|%[sr]|["'] *\+)/m;
/** The raw text ends its lines with CR LF, as an HTTP head does. */
const CRLF = /\\r\\n/;

/** The handler sends `Content-Type: text/html` (or XHTML): the browser renders whatever it writes as a page. */
function sendsHtml(c: CallView): boolean {
  return c.methodCallArgs('send_header').some(([name, value]) => String(name).toLowerCase() === 'content-type' && /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(String(value ?? '')));
}

export const httpServerModel: FrameworkModel = {
  name: 'http_server',
  requestMethods: { recv: false, recvfrom: false, makefile: false },
  selfSources: {
    [HTTP_HANDLER]: {
      attrs: { path: false, headers: false, rfile: false, requestline: false, raw_requestline: false },
      objs: { wfile: WFILE },
    },
  },
  sinks: [
    // The content type is sent apart (send_header): HTML is what the handler declared with a
    // `Content-Type: text/html` header, or what the written text builds in place, or the page a
    // local was built as before it is encoded (`page = f"<h1>{x}</h1>"`, write(page.encode())).
    { kind: 'xss', methods: ['write'], receivers: [WFILE], args: [0], when: (c) => /<[a-zA-Z!/]/.test(c.argBuiltText(0)) || sendsHtml(c) },
    { kind: 'header', methods: ['send_header'], receivers: [HTTP_HANDLER], args: [0, 1] },
    { kind: 'redirect', methods: ['send_header'], receivers: [HTTP_HANDLER], args: [1], when: (c) => String(c.constArg(0) ?? '').toLowerCase() === 'location' },
    {
      kind: 'header',
      methods: ['write'],
      receivers: [WFILE],
      args: [0],
      when: (c) => {
        const text = c.argBuiltText(0);
        return CRLF.test(text) && FILLED_HEADER_LINE.test(text);
      },
    },
  ],
};
