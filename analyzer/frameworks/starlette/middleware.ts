// Starlette's HTTP middleware (and FastAPI's, which is Starlette's): `@app.middleware("http")` on
// `async def f(request, call_next)`, or `dispatch(self, request, call_next)` of a
// BaseHTTPMiddleware. The request is the client's; `await call_next(request)` is the endpoint's
// response, a Starlette response whose headers the middleware may still write — as given, CR/LF
// included (./headers.ts), so a request value copied there splits the response.
import type { HandlerView, ParamKind } from '../api.js';

/** The object kind of the `call_next` parameter; calling it gives a Starlette response (./model.ts). */
export const CALL_NEXT = 'starlette-call-next';

const MIDDLEWARE_DECORATOR = /\.middleware\(\s*["']http["']\s*\)$/;
const MIDDLEWARE_BASES = new Set(['starlette.middleware.base.BaseHTTPMiddleware', 'fastapi.middleware.base.BaseHTTPMiddleware']);

/** The parameter kinds of an HTTP middleware, or null when `h` is not one. */
export function middlewareParams(h: HandlerView): ParamKind[] | null {
  const { fn, kinds, program } = h;
  const first = h.isMethod ? 1 : 0;
  if (fn.params.length !== first + 2) return null;
  const decorated = !h.isMethod && fn.decorators.some((d) => MIDDLEWARE_DECORATOR.test(d));
  const dispatch = h.isMethod && fn.name === 'dispatch' && program.isSubclass(fn.cls!, MIDDLEWARE_BASES);
  if (!decorated && !dispatch) return null;
  kinds[first] = { k: 'request' };
  kinds[first + 1] = { k: 'obj', obj: CALL_NEXT };
  return kinds;
}
