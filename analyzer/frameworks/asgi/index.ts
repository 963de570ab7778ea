// Raw ASGI callables: `async def app(scope, receive, send)` or a class's `__call__(self, scope,
// receive, send)` — an app, or a middleware wrapping one (`app.add_middleware(Cls)`). The scope is
// the client's request (path, query_string, headers, client), `receive()` gives its body; `send` takes
// the response messages (./model.ts). Found by their signature: pure ASGI middleware often imports
// nothing of a framework.
import type { HandlerView, ParamKind, WebFramework } from '../api.js';
import { ASGI_SEND, asgiModel } from './model.js';

const SIGNATURE = ['scope', 'receive', 'send'];

function asgiParams(h: HandlerView): ParamKind[] | null {
  const { fn, kinds } = h;
  const first = h.isMethod ? 1 : 0;
  if (h.isMethod && fn.name !== '__call__') return null;
  if (fn.params.length !== first + SIGNATURE.length || SIGNATURE.some((name, i) => fn.params[first + i]!.name !== name)) return null;
  kinds[first] = { k: 'source', struct: false };
  kinds[first + 1] = { k: 'source', struct: false };
  kinds[first + 2] = { k: 'obj', obj: ASGI_SEND };
  return kinds;
}

export const asgi: WebFramework = {
  id: 'asgi',
  modules: ['asgiref'],
  detectText: /\bdef\s+\w+\s*\(\s*(?:self\s*,\s*)?scope\s*,\s*receive\s*,\s*send\s*\)/,
  detectNeeds: ['receive'],
  model: asgiModel,
  handlerParams: asgiParams,
};
