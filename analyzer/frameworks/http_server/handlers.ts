// Handler classes of http.server and socketserver: the server calls their do_<VERB> / handle
// methods for every request, and every method reads the request from `self`.
import type { HandlerView, ParamKind } from '../api.js';
import { HTTP_HANDLER } from './model.js';

const BASES = new Set([
  'http.server.BaseHTTPRequestHandler', 'http.server.SimpleHTTPRequestHandler', 'http.server.CGIHTTPRequestHandler',
  'BaseHTTPServer.BaseHTTPRequestHandler', 'SimpleHTTPServer.SimpleHTTPRequestHandler', 'socketserver.BaseRequestHandler',
  'socketserver.StreamRequestHandler', 'socketserver.DatagramRequestHandler', 'SocketServer.BaseRequestHandler',
  'SocketServer.StreamRequestHandler',
]);

export function httpServerParams(h: HandlerView): ParamKind[] | null {
  const { fn, kinds, program } = h;
  if (!h.isMethod || !program.isSubclass(fn.cls!, BASES)) return null;
  kinds[0] = { k: 'self', cls: fn.cls!, objs: [HTTP_HANDLER], entry: /^do_[A-Z]+$/.test(fn.name) || fn.name === 'handle' };
  return kinds;
}
