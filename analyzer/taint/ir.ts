// The taint IR: what the worker keeps of a file once the tree is gone. Trees cannot cross threads,
// so every function, class body and module top level is lowered into this small, plain-data
// language (structured-cloneable) and the project pass interprets it on the main thread.
import type { Framework } from '../types.js';

/** [line, column, endLine, endColumn], 1-based like analyzer/types.ts Position. */
export type Loc = [number, number, number, number];

/** A constant the worker could fold: enough to read keys, flags and allowlists. */
export type ConstLit = string | number | boolean | null | ConstLit[];

export type Expr =
  /** A literal or a constant-folded expression: never tainted. `v` is kept when it is small. */
  | { k: 'const'; v?: ConstLit; loc: Loc }
  /** A bare name. `q` is its qualified name when it is not a local of the function. */
  | { k: 'name'; id: string; q?: string; loc: Loc; t: string }
  /** `obj.attr`; `q` when the whole chain resolves to a qualified name (`flask.request.args`). */
  | { k: 'attr'; obj: Expr; attr: string; q?: string; loc: Loc; t: string }
  /** `obj[key]`; slices keep the container's taint. */
  | { k: 'sub'; obj: Expr; key: Expr; loc: Loc; t: string }
  /** A call. `q` is the callee's qualified name when static; method calls have `fn.k === 'attr'`. */
  | {
      k: 'call';
      fn: Expr;
      q?: string;
      args: Expr[];
      kw: Array<[string, Expr]>;
      /** `*args` / `**kwargs` spread into the call. */
      spread: Expr[];
      loc: Loc;
      t: string;
    }
  /** String building and arithmetic: the value carries the taint of every part. */
  | { k: 'op'; parts: Expr[]; fmt?: boolean; pre?: string; loc: Loc; t: string }
  /** Boolean-valued expressions (comparisons, `not`): never tainted; `op` lets guards read them. */
  | { k: 'bool'; op: string; parts: Expr[]; loc: Loc }
  | { k: 'seq'; items: Expr[]; loc: Loc; t: string }
  | { k: 'dict'; entries: Array<[Expr | null, Expr]>; loc: Loc; t: string }
  /** `a or b`, `a and b`: either side. */
  | { k: 'either'; op: 'and' | 'or'; parts: Expr[]; loc: Loc; t: string }
  /** `a if test else b`: the test may be an allowlist guard for `a`. */
  | { k: 'cond'; test: Expr; a: Expr; b: Expr; loc: Loc; t: string }
  /** Comprehensions and generator expressions. */
  | { k: 'comp'; gens: Array<{ target: Target; iter: Expr; conds: Expr[] }>; elt: Expr[]; loc: Loc; t: string }
  /** `lambda params: body`: called like a one-line function. */
  | { k: 'lambda'; params: string[]; body: Expr; loc: Loc; t: string }
  /** `await x`, `(yield x)` read, `*x`: the value of the operand. */
  | { k: 'wrap'; e: Expr; loc: Loc; t: string };

export type Target =
  | { k: 'name'; id: string; loc: Loc }
  | { k: 'attr'; obj: Expr; attr: string; loc: Loc; t: string }
  | { k: 'sub'; obj: Expr; key: Expr; loc: Loc; t: string }
  | { k: 'tuple'; items: Target[]; loc: Loc }
  | { k: 'star'; t: Target; loc: Loc }
  | { k: 'none'; loc: Loc };

export type Stmt =
  | { k: 'assign'; targets: Target[]; value: Expr; aug?: boolean; loc: Loc }
  | { k: 'expr'; e: Expr; loc: Loc }
  | { k: 'return'; e: Expr | null; loc: Loc }
  | { k: 'yield'; e: Expr; loc: Loc }
  | { k: 'if'; test: Expr; then: Stmt[]; else: Stmt[]; loc: Loc }
  | { k: 'loop'; target: Target | null; iter: Expr | null; test: Expr | null; body: Stmt[]; else: Stmt[]; loc: Loc }
  | { k: 'with'; items: Array<{ e: Expr; target: Target | null }>; body: Stmt[]; loc: Loc }
  | { k: 'try'; body: Stmt[]; handlers: Stmt[][]; else: Stmt[]; final: Stmt[]; loc: Loc }
  | { k: 'raise'; loc: Loc }
  | { k: 'jump'; loc: Loc } // break / continue: ends the branch
  | { k: 'def'; id: string; fn: string; loc: Loc }; // a nested def binds a local name to a function

/** A type annotation, kept as a tree of qualified names: `Annotated[str, Query(pattern=...)]`. */
export interface Ann {
  /** Qualified name (`builtins.int`, `uuid.UUID`, `shop.schemas.Item`) or the raw text. */
  q: string;
  args: Ann[];
  /** Keyword names of a call inside an annotation (`Query(pattern=...)` → ['pattern']). */
  kw?: string[];
}

export interface Param {
  name: string;
  ann: Ann | null;
  default: Expr | null;
  /** `*args` or `**kwargs`. */
  star?: 1 | 2;
}

/** A route decorator's registration of the function it decorates (analyzer/frameworks/<kind>/). */
export interface Route {
  kind: Framework;
  /** Path parameters and their converters (`<int:id>` → id: 'int'; `{id}` → id: ''). */
  pathParams: Record<string, string>;
  /** The response body is HTML: Flask views returning strings, FastAPI response_class=HTMLResponse. */
  html: boolean;
}

export interface FunctionIR {
  /** Qualified id: `shop.views.Detail.get`, `shop.views.outer.<locals>.inner`, `shop.views.<module>`. */
  id: string;
  name: string;
  /** Qualified name of the enclosing class for methods. */
  cls: string | null;
  params: Param[];
  body: Stmt[];
  decorators: string[];
  /** Qualified names of the decorators (the callee for `@deco(...)`), where static. */
  decoratorQs: string[];
  route: Route | null;
  isStatic: boolean;
  loc: Loc;
  /** Static callees of this function's own body (not of nested defs), for the dataflow pass's run order. */
  callees?: string[];
}

export interface FieldIR {
  /** Field annotation (Pydantic/dataclass) or the callee of the field constructor (DRF/Django forms). */
  ann: Ann | null;
  ctor: string | null;
  /**
   * What the frameworks' library knowledge says of the field's constructor call (its type, its
   * validators): a mask of the sink kinds its value is clean for, and whether that holds only once
   * the form was validated. `typed`: the annotation judges too (a pydantic `Field(...)`), the
   * constraints only add to what it leaves clean.
   */
  judged?: { cleans: number; needsValidation: boolean; typed?: boolean };
  /** The qualified name a field is bound to (`serializer_class = OrderSerializer`). */
  ref?: string;
  /** A constant string value (`template_name = "shop/detail.html"`). */
  str?: string;
}

export interface ClassIR {
  id: string;
  bases: string[];
  fields: Record<string, FieldIR>;
  methods: Record<string, string>;
}

/**
 * A handler registered by a call, not a decorator: Django's `path('<int:pk>/', views.detail)`,
 * Flask's add_url_rule, Starlette's Route … binds a view (function or class) to its path parameters.
 */
export interface UrlRouteIR {
  /** Qualified name of the function or class registered. */
  view: string;
  framework: Framework;
  pathParams: Record<string, string>;
  /** A string the handler returns is the HTML body (Flask views), as for Route.html. */
  html?: boolean;
  /** The framework whose response carries what the handler returns, when not its own (connexion's App is Flask's). */
  responseOf?: Framework;
  /**
   * Object kinds the handler's `self` or request also carries, set by its registration: the app's
   * settings (a Tornado Application's autoescape=None, aiohttp_jinja2 set up with autoescape off).
   */
  handlerObjs?: string[];
}
