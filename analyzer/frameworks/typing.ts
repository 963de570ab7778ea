// What a declared type lets through: a parameter or field annotated `int`, `UUID`, `Literal[...]`,
// an Enum or a constrained string cannot carry an injection; a Pydantic model is judged field by
// field; `dict` / `Any` is attacker-shaped data. Shared by every framework that hands handlers
// typed values (FastAPI parameters, Pydantic fields, GraphQL resolver arguments).
import type { Ann } from '../taint/ir.js';
import type { ProgramView } from './api.js';

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
/** Annotations that make a parameter the request object itself. */
export const REQUEST_TYPES = new Set(['fastapi.Request', 'starlette.requests.Request', 'fastapi.requests.Request', 'starlette.requests.HTTPConnection', 'fastapi.WebSocket']);
/** Annotation names of request objects in any framework (`HttpRequest`, `web.Request`). */
export const REQUEST_ANN = /(^|\.)(HttpRequest|WSGIRequest|Request|ASGIRequest)$/;
const ENUM_BASES = new Set(['enum.Enum', 'enum.IntEnum', 'enum.StrEnum', 'enum.Flag', 'enum.IntFlag']);
const MODEL_BASES = new Set(['pydantic.BaseModel', 'pydantic.main.BaseModel', 'sqlmodel.SQLModel']);
const STRUCT_TYPES = new Set(['dict', 'builtins.dict', 'typing.Dict', 'typing.Any', 'Any', 'pydantic.Json', 'fastapi.Body']);

export type TypeVerdict = 'clean' | 'taint' | 'struct' | 'request' | { model: string };

/** Judges a declared type: can a client put an injection through it? */
export function judgeType(ann: Ann | null, program: ProgramView, depth = 0): TypeVerdict {
  if (!ann || depth > 6) return 'taint';
  const q = program.canonical(ann.q);
  if (REQUEST_TYPES.has(q) || REQUEST_ANN.test(q)) return 'request';
  if (SAFE_PARAM_TYPES.has(q)) return 'clean';
  if ((q === 'pydantic.constr' || q.endsWith('.constr')) && (ann.kw ?? []).some((k) => k === 'pattern' || k === 'regex')) return 'clean';
  if (TRANSPARENT_TYPES.has(q)) {
    if (q.endsWith('Annotated')) {
      if (ann.args.slice(1).some((a) => (a.kw ?? []).some((k) => k === 'pattern' || k === 'regex'))) return 'clean';
      return judgeType(ann.args[0] ?? null, program, depth + 1);
    }
    const verdicts = ann.args.filter((a) => a.q !== 'None').map((a) => judgeType(a, program, depth + 1));
    const model = verdicts.find((v): v is { model: string } => typeof v === 'object');
    if (model) return model;
    if (verdicts.includes('struct')) return 'struct';
    return verdicts.every((v) => v === 'clean') ? 'clean' : 'taint';
  }
  if (CONTAINER_TYPES.has(q)) return ann.args[0] ? judgeType(ann.args[0], program, depth + 1) : 'taint';
  if (STRUCT_TYPES.has(q)) return 'struct';
  if (program.classes.has(q)) {
    if (program.isSubclass(q, ENUM_BASES)) return 'clean';
    if (program.isSubclass(q, MODEL_BASES)) return { model: q };
  }
  return 'taint';
}
