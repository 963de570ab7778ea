// FastAPI/Starlette's part of the taint model: the Request object, typed parameters (judged by the
// interpreter's view rules with SAFE_PARAM_TYPES), and the response classes that are sinks.
import type { FrameworkModel } from './model.js';

const PREFIXES = ['fastapi.responses', 'starlette.responses'];
const each = (name: string) => PREFIXES.map((p) => `${p}.${name}`);

/** Parameter annotations that cannot carry an injection: numbers, UUIDs, dates, literals. */
export const SAFE_PARAM_TYPES = new Set([
  'builtins.int', 'builtins.float', 'builtins.bool', 'int', 'float', 'bool', 'uuid.UUID', 'decimal.Decimal', 'datetime.date',
  'datetime.datetime', 'datetime.time', 'datetime.timedelta', 'typing.Literal', 'typing_extensions.Literal', 'Literal',
  'pydantic.conint', 'pydantic.confloat', 'pydantic.condecimal', 'pydantic.PositiveInt', 'pydantic.NegativeInt',
  'pydantic.NonNegativeInt', 'pydantic.StrictInt', 'pydantic.StrictBool', 'pydantic.UUID4', 'pydantic.UUID1', 'pydantic.types.UUID4',
  'fastapi.BackgroundTasks', 'fastapi.Response', 'starlette.responses.Response', 'ipaddress.IPv4Address', 'ipaddress.IPv6Address',
]);

/** Wrappers whose first argument is the real type (`Optional[int]`, `Annotated[int, Query()]`). */
export const TRANSPARENT_TYPES = new Set(['typing.Optional', 'typing.Annotated', 'typing_extensions.Annotated', 'Optional', 'Annotated', 'typing.Union', '|']);

/** Containers judged by their element type (`list[int]`). */
export const CONTAINER_TYPES = new Set(['list', 'builtins.list', 'typing.List', 'set', 'builtins.set', 'typing.Set', 'tuple', 'typing.Tuple', 'typing.Sequence', 'typing.Iterable']);

export const REQUEST_TYPES = new Set(['fastapi.Request', 'starlette.requests.Request', 'fastapi.requests.Request', 'starlette.requests.HTTPConnection', 'fastapi.WebSocket']);

export const fastapiModel: FrameworkModel = {
  name: 'fastapi',
  requestAttrs: { query_params: false, path_params: false, cookies: false, headers: false },
  requestMethods: { json: true, body: false, form: false, stream: false },
  objects: [{ callees: [...each('Response'), ...each('HTMLResponse'), ...each('RedirectResponse'), ...each('JSONResponse'), ...each('PlainTextResponse'), ...each('FileResponse')], obj: 'response' }],
  sinks: [
    { kind: 'xss', callees: each('HTMLResponse'), args: [0], kwargs: ['content'] },
    { kind: 'redirect', callees: each('RedirectResponse'), args: [0], kwargs: ['url'] },
    { kind: 'path', callees: each('FileResponse'), args: [0], kwargs: ['path'] },
  ],
  cleanCalls: [...each('JSONResponse'), 'fastapi.encoders.jsonable_encoder'],
  noReturn: ['fastapi.HTTPException', 'starlette.exceptions.HTTPException'],
};
