// Bare WSGI callables: `def application(environ, start_response)` (or a class's __call__) gets the
// request as the environ dict — QUERY_STRING, PATH_INFO, HTTP_* headers, wsgi.input — all of it
// client data. Found by their signature: such apps often import nothing. `start_response` sends
// the status line and the header list as given (./model.ts). Werkzeug applications routed by a URL
// map or made by `@Request.application` are found by those (./tables.ts).
import type { HandlerView, ParamKind, WebFramework } from '../api.js';
import { START_RESPONSE, wsgiModel } from './model.js';
import { wsgiEndpoints } from './endpoints.js';

function wsgiParams(h: HandlerView): ParamKind[] | null {
  const { fn, kinds } = h;
  const first = h.isMethod ? 1 : 0;
  if (h.isMethod && fn.name !== '__call__') return null;
  if (fn.params[first]?.name !== 'environ' || !/^start_response$|^start$/.test(fn.params[first + 1]?.name ?? '')) return null;
  kinds[first] = { k: 'source', struct: false };
  kinds[first + 1] = { k: 'obj', obj: START_RESPONSE };
  return kinds;
}

export const wsgi: WebFramework = {
  id: 'wsgi',
  // werkzeug.debug: what imports the debugger is a WSGI entry point wrapping an application in it.
  modules: ['wsgiref', 'werkzeug.debug'],
  // A Werkzeug application without a Flask around it: a URL map bound to the environ, or `@Request.application`.
  detectText: /\bdef\s+\w+\s*\(\s*(?:self\s*,\s*)?environ\s*,\s*start_response\s*\)|@Request\.application\b|\.bind_to_environ\s*\(/,
  detectNeeds: ['start_response', '@Request.application', '.bind_to_environ'],
  model: wsgiModel,
  handlerParams: wsgiParams,
  endpoints: wsgiEndpoints,
};
