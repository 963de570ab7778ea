// The standard library's HTTP servers: a BaseHTTPRequestHandler's `self.path`, `self.headers` and
// `self.rfile` are the client's request; `self.wfile.write` is the response body (HTML unless the
// handler says otherwise), `self.send_header` writes a header without checking for CR/LF. A
// socketserver handler reads the client from `self.request` (a socket) or `self.rfile`.
import type { FrameworkModel } from '../model.js';

export const HTTP_HANDLER = 'http-handler';
const WFILE = 'http-wfile';

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
    // The content type is sent apart (send_header): HTML is what the written text builds in place.
    { kind: 'xss', methods: ['write'], receivers: [WFILE], args: [0], when: (c) => /<[a-zA-Z!/]/.test(c.argText(0)) },
    { kind: 'header', methods: ['send_header'], receivers: [HTTP_HANDLER], args: [0, 1] },
  ],
};
