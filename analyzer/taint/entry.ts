// Which parameters of a function are untrusted on entry: Django/DRF view URL kwargs (unless an
// `<int:…>` converter in urls.py says otherwise), Flask route parameters by converter, FastAPI
// parameters by declared type, and the request objects themselves.
import type { Ann, Expr, FunctionIR } from './ir.js';
import type { FileFactsData } from './facts.js';
import type { Program } from './program.js';
import { CONTAINER_TYPES, REQUEST_TYPES, SAFE_PARAM_TYPES, TRANSPARENT_TYPES } from '../frameworks/fastapi.js';

export type ParamKind =
  | { k: 'plain' }
  | { k: 'self'; cls: string }
  | { k: 'request' }
  | { k: 'source'; struct: boolean; model?: string }
  | { k: 'clean' }
  | { k: 'obj'; obj: string }
  /** validated_data / attrs of a serializer hook: field-typed client data. */
  | { k: 'fields'; cls: string }
  /** `validate_<field>(self, value)`: the value of one field. */
  | { k: 'field'; cls: string; field: string }
  /** A bound form/serializer instance of a known class. */
  | { k: 'form'; cls: string };

// any(a, b) is an allowlist; slug is [-a-zA-Z0-9_]+.
export const SAFE_CONVERTERS = new Set(['int', 'float', 'uuid', 'slug', 'any']);
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'list', 'retrieve', 'create', 'update', 'partial_update', 'destroy']);
const RESPONSE_TYPES = new Set(['fastapi.Response', 'starlette.responses.Response', 'fastapi.responses.Response']);
// Where Django and DRF projects keep views: views.py, views/…, viewsets.py, api.py (a file, not an
// api/ package of client wrappers), endpoints.py, ajax.py.
const VIEW_MODULE = /(^|\/)(views?|viewsets|endpoints|ajax)(\/|\.py$)|(^|\/)api\.py$/;
const VIEW_DECORATOR = /(^|[.@\s])(login_required|permission_required|staff_member_required|user_passes_test|require_\w+|csrf_exempt|csrf_protect|ensure_csrf_cookie|api_view|action|never_cache|cache_page|cache_control|vary_on_\w+|xframe_options_\w+|sensitive_post_parameters|condition|etag|last_modified|gzip_page|permission_classes|renderer_classes|throttle_classes|authentication_classes)\b/;
const REQUEST_ANN = /(^|\.)(HttpRequest|WSGIRequest|Request|ASGIRequest)$/;
const ENUM_BASES = new Set(['enum.Enum', 'enum.IntEnum', 'enum.StrEnum', 'enum.Flag', 'enum.IntFlag']);
const MODEL_BASES = new Set(['pydantic.BaseModel', 'pydantic.main.BaseModel', 'sqlmodel.SQLModel']);
const STRUCT_TYPES = new Set(['dict', 'builtins.dict', 'typing.Dict', 'typing.Any', 'Any', 'pydantic.Json', 'fastapi.Body']);

export type TypeVerdict = 'clean' | 'taint' | 'struct' | 'request' | { model: string };

/** Judges a declared type: can a client put an injection through it? */
export function judgeType(ann: Ann | null, program: Program, depth = 0): TypeVerdict {
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

function defaultHasPattern(e: Expr | null): boolean {
  if (!e || e.k !== 'call') return false;
  if (e.kw.some(([k]) => k === 'pattern' || k === 'regex')) return true;
  return false;
}

function isDepends(e: Expr | null): boolean {
  return !!e && e.k === 'call' && !!e.q && /(^|\.)(Depends|Security)$/.test(e.q);
}

function verdictToKind(v: TypeVerdict, low = false): ParamKind {
  if (v === 'clean') return { k: 'clean' };
  if (v === 'request') return { k: 'request' };
  if (v === 'struct') return { k: 'source', struct: true };
  if (typeof v === 'object') return { k: 'source', struct: false, model: v.model };
  void low;
  return { k: 'source', struct: false };
}

/** A framework entry point: a route, or a view handed the request, URL parameters or client data. */
export function isRequestHandler(fn: FunctionIR, kinds: readonly ParamKind[]): boolean {
  return fn.route !== null || kinds.some((k) => k.k === 'request' || k.k === 'source' || k.k === 'form' || k.k === 'fields');
}

export function paramKinds(fn: FunctionIR, file: FileFactsData, program: Program): ParamKind[] {
  const kinds: ParamKind[] = fn.params.map(() => ({ k: 'plain' }));
  const isMethod = fn.cls !== null && !fn.isStatic && fn.params.length > 0;
  if (isMethod) kinds[0] = { k: 'self', cls: fn.cls! };
  fn.params.forEach((p, i) => {
    if (kinds[i]!.k !== 'plain') return;
    if (p.name === 'request' || p.name === 'req' || (p.ann && REQUEST_ANN.test(p.ann.q))) kinds[i] = { k: 'request' };
  });

  if (fn.route?.kind === 'fastapi') {
    fn.params.forEach((p, i) => {
      if (kinds[i]!.k === 'self') return;
      if (isDepends(p.default)) kinds[i] = { k: 'clean' };
      else if (p.ann && RESPONSE_TYPES.has(program.canonical(p.ann.q))) kinds[i] = { k: 'obj', obj: 'response' };
      else if (defaultHasPattern(p.default)) kinds[i] = { k: 'clean' };
      else kinds[i] = verdictToKind(judgeType(p.ann, program));
    });
    return kinds;
  }
  if (fn.route?.kind === 'flask') {
    fn.params.forEach((p, i) => {
      const conv = fn.route!.pathParams[p.name];
      if (conv === undefined) {
        if (kinds[i]!.k === 'plain') kinds[i] = { k: 'clean' };
      } else kinds[i] = SAFE_CONVERTERS.has(conv) ? { k: 'clean' } : { k: 'source', struct: false };
    });
    return kinds;
  }

  // Serializer and form hooks: DRF calls them with the client's (validated) data.
  if (isMethod && program.isSubclass(fn.cls!, program.model.formBases)) {
    const cls = fn.cls!;
    if (['create', 'validate'].includes(fn.name) && fn.params[1]) kinds[1] = { k: 'fields', cls };
    else if (fn.name === 'update' && fn.params[2]) kinds[2] = { k: 'fields', cls };
    else if (fn.name.startsWith('validate_') && fn.params[1]) kinds[1] = { k: 'field', cls, field: fn.name.slice('validate_'.length) };
    return kinds;
  }
  // Django's FormView hands form_valid the bound form of form_class.
  if (isMethod && (fn.name === 'form_valid' || fn.name === 'form_invalid') && fn.params[1]) {
    const ref = program.field(fn.cls!, 'form_class')?.ref;
    const cls = ref ? program.canonical(ref) : undefined;
    kinds[1] = cls && program.classes.has(cls) ? { k: 'form', cls } : { k: 'source', struct: false };
    return kinds;
  }
  // DRF hands perform_create/perform_update a validated serializer.
  if (isMethod && fn.params[1]?.name === 'serializer' && program.bases(fn.cls!).some((b) => b.startsWith('rest_framework.'))) {
    const ser = program.field(fn.cls!, 'serializer_class')?.ref;
    const cls = ser ? program.canonical(ser) : undefined;
    kinds[1] = cls && program.classes.has(cls) ? { k: 'form', cls } : { k: 'source', struct: false };
    return kinds;
  }

  // Django and DRF views: the request first (after self), URL kwargs after it.
  const reqIndex = isMethod ? 1 : 0;
  const flaskView = fn.cls !== null && program.isSubclass(fn.cls, (b) => b.startsWith('flask.views.'));
  const djangoView =
    fn.params[reqIndex]?.name === 'request' && (!isMethod || HTTP_METHODS.has(fn.name) || fn.decorators.some((d) => /(^|\.)action\b/.test(d)));
  if (!djangoView && !(flaskView && HTTP_METHODS.has(fn.name))) return kinds;
  // A function the project calls itself is a helper taking the request, not a view.
  if (!isMethod && program.calledIds.has(fn.id)) return kinds;
  const route = program.urlRoutes.get(fn.id) ?? (fn.cls ? program.urlRoutes.get(fn.cls) : undefined);
  // Only a view's URL kwargs are the client's: a module function taking `request` first is a view
  // when urls.py routes to it, it sits in a views module or it wears a view decorator. Elsewhere
  // (an API wrapper `trunk_show(request, trunk_id)`) its other parameters are whatever callers pass.
  if (!isMethod && !route && !VIEW_MODULE.test(file.path) && !fn.decorators.some((d) => VIEW_DECORATOR.test(d))) return kinds;
  const first = flaskView ? reqIndex : reqIndex + 1;
  for (let i = first; i < fn.params.length; i++) {
    const p = fn.params[i]!;
    if (kinds[i]!.k !== 'plain') continue;
    if (route) {
      const conv = route.pathParams[p.name];
      kinds[i] = conv === undefined ? (p.star ? { k: 'source', struct: false } : { k: 'clean' }) : SAFE_CONVERTERS.has(conv) ? { k: 'clean' } : { k: 'source', struct: false };
    } else kinds[i] = { k: 'source', struct: false };
  }
  return kinds;
}
