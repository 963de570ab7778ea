// http.server and socketserver request handlers (the standard library's servers).
import type { WebFramework } from '../api.js';
import { httpServerModel } from './model.js';
import { httpServerParams } from './handlers.js';
import { httpServerEndpoints } from './endpoints.js';

export const httpServer: WebFramework = {
  id: 'http_server',
  modules: ['http.server', 'BaseHTTPServer', 'SimpleHTTPServer', 'socketserver', 'SocketServer'],
  model: httpServerModel,
  handlerParams: httpServerParams,
  endpoints: httpServerEndpoints,
};
