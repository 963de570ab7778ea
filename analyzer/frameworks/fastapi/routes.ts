// FastAPI route decorators (`@app.get("/items/{id}")`, `@router.post(...)`) and what the route's
// parameters receive: each is request data judged by its declared type, except dependencies
// (`Depends`, `Security`), the Response to write to, and strings constrained by a pattern.
import type { Expr } from '../../taint/ir.js';
import type { DecoratorCall, HandlerView, ParamKind } from '../api.js';
import type { Route } from '../../taint/ir.js';
import { braceParams } from '../converters.js';
import { responseOf } from '../headers.js';
import { judgeType, type TypeVerdict } from '../typing.js';

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'delete', 'patch', 'api_route', 'websocket', 'options', 'head', 'route']);
const RESPONSE_TYPES = new Set(['fastapi.Response', 'starlette.responses.Response', 'fastapi.responses.Response']);

export function fastapiRoute(d: DecoratorCall): Route | null {
  const isFastapi = d.app ? d.app === 'fastapi' : d.ctx.fileFrameworks.has('fastapi');
  if (!isFastapi || !ROUTE_METHODS.has(d.method)) return null;
  const rc = d.args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'response_class')?.childForFieldName('value');
  const html = !!rc && /HTMLResponse$/.test(d.ctx.names.qualifiedName(rc) ?? rc.text);
  return { kind: 'fastapi', pathParams: braceParams(d.path), html };
}

function defaultHasPattern(e: Expr | null): boolean {
  return !!e && e.k === 'call' && e.kw.some(([k]) => k === 'pattern' || k === 'regex');
}

function isDepends(e: Expr | null): boolean {
  return !!e && e.k === 'call' && !!e.q && /(^|\.)(Depends|Security)$/.test(e.q);
}

export function verdictToKind(v: TypeVerdict): ParamKind {
  if (v === 'clean') return { k: 'clean' };
  if (v === 'request') return { k: 'request' };
  if (v === 'struct') return { k: 'source', struct: true };
  if (typeof v === 'object') return { k: 'source', struct: false, model: v.model };
  return { k: 'source', struct: false };
}

export function fastapiParams(h: HandlerView): ParamKind[] | null {
  if (h.fn.route?.kind !== 'fastapi') return null;
  const kinds = h.kinds;
  h.fn.params.forEach((p, i) => {
    if (kinds[i]!.k === 'self') return;
    if (isDepends(p.default)) kinds[i] = { k: 'clean' };
    else if (p.ann && RESPONSE_TYPES.has(h.program.canonical(p.ann.q))) kinds[i] = { k: 'obj', obj: 'response', also: [responseOf('fastapi')] };
    else if (defaultHasPattern(p.default)) kinds[i] = { k: 'clean' };
    else kinds[i] = verdictToKind(judgeType(p.ann, h.program));
  });
  return kinds;
}
