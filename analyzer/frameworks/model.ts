// The shape of a framework's taint model: sources, sinks, sanitizers, guards and the object kinds
// the interpreter tracks (request objects, DB cursors, loggers …). Each framework file fills one
// `FrameworkModel`; analyzer/frameworks/index.ts merges them for the taint engine.
import type { ConstLit } from '../taint/ir.js';
import type { SinkKind } from '../taint/kinds.js';
import type { SinkSite } from '../taint/program.js';
import type { TemplateFiles } from './template-files.js';

/** What a sink condition can ask about the call it judges. */
export interface CallView {
  /** Constant value of a positional argument; undefined when absent or not constant. */
  constArg(i: number): ConstLit | undefined;
  constKw(name: string): ConstLit | undefined;
  hasArg(i: number): boolean;
  hasKw(name: string): boolean;
  argObjs(i: number): readonly string[];
  kwObjs(name: string): readonly string[];
  receiverObjs(): readonly string[];
  /** The receiver carries client data (an uploaded file read from the request, a parameter's). */
  receiverTainted(): boolean;
  /** Source text of the receiver (`app.logger`), empty for plain calls. */
  receiverText(): string;
  /** Source text of a positional argument (cut to a readable length), empty when absent. */
  argText(i: number): string;
  /**
   * argText, and when the argument is a local (or a method call on one: `head.encode()`) the text of
   * each value assigned to it in the function: what the written value was built from.
   */
  argBuiltText(i: number): string;
  /** The argument is a path to a file shipped with the code (built from `__file__` or the module's package resources and constants). */
  argShipped(i: number): boolean;
  /** The receiver is such a path (`(Path(__file__).parent / "x.tpl").read_text()`). */
  receiverShipped(): boolean;
  /** Decorator texts of the enclosing function and the text of its class' fields. */
  context(): string;
  /**
   * The constant positional arguments (undefined where not constant) of each call of method `name`
   * the enclosing function makes as a statement (`self.send_header("Content-Type", "text/html")`):
   * what the handler declared about the response it writes.
   */
  methodCallArgs(name: string): ReadonlyArray<ReadonlyArray<ConstLit | undefined>>;
  /** The keyword argument carries client data (any label). */
  kwTainted(name: string): boolean;
  /** The names of the call's keyword arguments, in order. */
  kwNames(): readonly string[];
  /** Path of the file the call is written in. */
  path(): string;
  /** The project's template files, when the scan read any. */
  templates(): TemplateFiles | null;
}

export interface SinkSpec {
  kind: SinkKind;
  /** Qualified callee names. */
  callees?: readonly string[];
  /** Method names, for calls on values (`cursor.execute`) whose callee has no static name. */
  methods?: readonly string[];
  /** The receiver must carry one of these object kinds; absent: any receiver. */
  receivers?: readonly string[];
  /**
   * Calls of a value of one of these object kinds, whatever its name (a WSGI app's start_response
   * parameter, which a closure may rename or capture).
   */
  callables?: readonly string[];
  /** Receivers with no known object kind also match (with this confidence). */
  unknownReceiver?: 'high' | 'medium' | 'low';
  /** Dangerous positional arguments; default [0]. */
  args?: readonly number[];
  kwargs?: readonly string[];
  /** Keywords that are dangerous in this call only (the names a constant template prints raw). */
  kwargsOf?: (call: CallView) => readonly string[];
  /**
   * A dict argument (position, or keyword) whose entries under these keys are dangerous: a
   * template context (`render(request, "t.html", {"q": q})`). A name bound to a dict literal in the
   * same function is read through (`context = {…}; context["q"] = q`).
   */
  dictKeysOf?: (call: CallView) => { arg: number; kw: string; keys: readonly string[] } | null;
  /** Said after the finding's message: where a rendered template writes the value raw. */
  noteOf?: (call: CallView) => string | undefined;
  /** The places the note names (template lines), asked when there is a note: the trace ends there. */
  sitesOf?: (call: CallView) => readonly SinkSite[];
  /** The receiver's own data is what reaches the sink (`Path(p).read_text()`). */
  receiver?: boolean;
  when?: (call: CallView) => boolean;
  /** Only labels with these flags reach it (NoSQL: attacker-shaped objects, not plain strings). */
  requireFlags?: number;
  /**
   * Argument lists judged element by element: option injection after no `--` (argv sinks);
   * 'positional': the call's own positional arguments are the argv (`create_subprocess_exec`).
   */
  argv?: boolean | 'positional';
}

export interface AttrObjectSpec {
  receivers: readonly string[];
  obj: string;
  keepPrefix?: string;
}

/** `container[key] = value` where the container is an object of one of these kinds. */
export interface StoreSinkSpec {
  receivers: readonly string[];
  kind: SinkKind;
}

/** `obj.attr = value` where obj is an object of one of these kinds (`resp.text = html`). */
export interface AttrSinkSpec {
  receivers: readonly string[];
  attrs: readonly string[];
  kind: SinkKind;
  /** Judged on the source text of the assigned value. */
  when?: (valueText: string) => boolean;
}

export interface SanitizerSpec {
  callees?: readonly string[];
  methods?: readonly string[];
  kinds: readonly SinkKind[] | 'all';
  /** Flags the result gains (FLAG_NORM for realpath). */
  setFlags?: number;
  when?: (call: CallView) => boolean;
}

/** A call whose result is an object of a kind the model knows. */
export interface ObjectSpec {
  callees?: readonly string[];
  methods?: readonly string[];
  receivers?: readonly string[];
  obj: string;
  /** Further object kinds the result carries (`response-of:django`: which framework built the response). */
  also?: readonly string[];
  /** The result keeps the taint of the arguments/receiver (a file object of an upload). */
  keepTaint?: boolean;
  when?: (call: CallView) => boolean;
}

/** What a handler object of a framework offers as request data on itself (see ParamKind self objs). */
export interface SelfSourceSpec {
  /** Attributes that are client data; value: attacker-shaped (JSON) data. */
  attrs?: Record<string, boolean>;
  /** Methods that return client data. */
  methods?: Record<string, boolean>;
  /** Attributes that are objects of a kind the model knows (`self.wfile` is the response stream). */
  objs?: Record<string, string>;
}

export interface FrameworkModel {
  name: string;
  /** Attributes of a request object that carry client data; value: attacker-shaped (JSON) data. */
  requestAttrs?: Record<string, boolean>;
  /** Methods of a request object that return client data. */
  requestMethods?: Record<string, boolean>;
  /** Request attributes whose client data is also an object of a kind the model knows (Django's `FILES`). */
  requestAttrObjects?: Record<string, string>;
  /**
   * Object kinds whose items, under any key (`x[k]`), are objects of another kind that keep the
   * container's taint: the UploadedFile objects of Django's `request.FILES`.
   */
  containerItems?: Record<string, string>;
  /**
   * Attributes of objects of these kinds (any value, when absent) that the library has already made
   * safe for some kinds: Django's `UploadedFile.name` is a base name, Falcon's
   * `BodyPart.secure_filename` a name of `[A-Za-z0-9._-]` not starting with a dot.
   */
  cleanAttrs?: readonly CleanAttrSpec[];
  /**
   * Request attributes and methods whose value is a path on this very site (request.path,
   * get_full_path()): client data for every sink but a redirect, which stays on the site.
   */
  sameSiteRequestParts?: readonly string[];
  /**
   * Request methods whose value the framework percent-encodes (Django's get_full_path() runs the
   * path through escape_uri_path and the query through iri_to_uri): no CR or LF can be in it, so it
   * cannot split a log line or a header. Client data for every other sink.
   */
  quotedRequestParts?: readonly string[];
  /** Qualified names that are sources when read. */
  globalSources?: Record<string, { low: boolean; struct?: boolean }>;
  /** Qualified names of calls that are sources (`input()`). */
  callSources?: Record<string, { low: boolean }>;
  /** Qualified names of globals that are objects (`flask.request` is a request). */
  globalObjects?: Record<string, string>;
  objects?: readonly ObjectSpec[];
  sinks?: readonly SinkSpec[];
  storeSinks?: readonly StoreSinkSpec[];
  attrSinks?: readonly AttrSinkSpec[];
  /**
   * Object kinds of attributes: `response.headers` is 'headers'; it keeps the owner's object kinds
   * that start with `keepPrefix` (the `response-of:` mark of the framework that built the response).
   */
  attrObjects?: Record<string, AttrObjectSpec>;
  /** Object kinds of constant-key items: `info.context["response"]` of a GraphQL context is a response. */
  itemObjects?: Record<string, AttrObjectSpec>;
  /**
   * The frameworks whose handlers may return `(body, status, headers)` or `(body, headers)`: the
   * headers are written to the response as given, and its framework (`response-of:`, the route's
   * UrlRouteIR.responseOf or the framework itself) decides what CR/LF in them does.
   */
  tupleHeaders?: boolean;
  sanitizers?: readonly SanitizerSpec[];
  /** Calls whose result carries no client data whatever the arguments (`get_object_or_404`). */
  cleanCalls?: readonly string[];
  /** Calls used as `if f(x):` that clean `x` for these kinds on the true branch. */
  guardCalls?: Record<string, readonly SinkKind[] | 'all'>;
  /** Form/serializer field constructors whose validated value cannot carry an injection. */
  neutralFields?: readonly string[];
  /**
   * Field constructors whose validated value is always a str (the library converts or rejects
   * anything else): text that may still inject, but never an attacker-shaped object (a NoSQL operator).
   */
  textFields?: readonly string[];
  /** Base classes of forms and serializers (validated_data / cleaned_data are field-typed). */
  formBases?: readonly string[];
  /** Form bases whose instance, built without form data, binds the request's by itself (Flask-WTF). */
  implicitForms?: readonly string[];
  /**
   * Form bases whose fields are attributes of the bound form holding the value in `.data`, and
   * whose `form.data` is the dict of those values (WTForms).
   */
  boundFieldForms?: readonly string[];
  /** Request attributes holding the route's path parameters, already converted (`view_args`, `match_info`). */
  routeArgs?: readonly string[];
  /** Handler object kinds (carried by `self` of a framework's handler classes) and their request data. */
  selfSources?: Record<string, SelfSourceSpec>;
  /**
   * Request methods whose result holds the fields the receiver declared (`parser.parse_args()`),
   * typed by the declaration the framework finds (WebFramework.declarations).
   */
  fieldsMethods?: readonly string[];
  /**
   * Object kinds whose attributes, items and method results are of the same kind: a Mongo client's
   * databases and collections, a Flask-SQLAlchemy handle's session and engine.
   */
  sameKindParts?: readonly string[];
  /**
   * Object kinds whose call returns an object of a kind, or of several (a sessionmaker's `Session()`
   * is a session; a middleware's `call_next(request)` a response and the mark of its framework).
   */
  factories?: Record<string, string | readonly string[]>;
  /** Calls that never return (`abort(404)`). */
  noReturn?: readonly string[];
  /**
   * Methods that never return, by the object kinds of their receiver: Flask-RESTX's `api.abort(400)`
   * on the module's Api object raises as `flask.abort` does.
   */
  noReturnMethods?: Record<string, readonly string[]>;
  /**
   * Methods of a schema or model class of the project (or of its instance) that turn client data
   * into declared fields: marshmallow's `Schema().load(data)` gives a dict of them ('fields'),
   * pydantic's `Model.model_validate(data)` an instance ('model'); each field's type decides.
   */
  loaders?: readonly LoaderSpec[];
  /**
   * Decorators (qualified) that render the template named by their first constant argument with
   * the dict the function returns as its context (aiohttp_jinja2's `@template("x.html")`).
   */
  templateDecorators?: readonly string[];
  /** Calls that read back what the application stored (second-order data, reported as hotspots). */
  storedReads?: readonly StoredReadSpec[];
  /**
   * Calls that call the function at this argument position later with the arguments after it
   * (Starlette's `BackgroundTask(func, *args, **kwargs)`): the call is judged as if it were made.
   */
  invokers?: Record<string, number>;
  /** Functions whose returned list is their response body, item by item (a WSGI app's iterable). */
  bodyLists?: readonly BodyListSpec[];
}

/**
 * A function with a parameter of one of these object kinds (a WSGI app's start_response) returns
 * its body as a list: an item whose source text `html` accepts writes its client data into a page.
 */
export interface BodyListSpec {
  params: readonly string[];
  html: (itemText: string) => boolean;
}

/** Where second-order data was kept: the application's database, a file, a cache. */
export type StoredIn = 'database' | 'file' | 'cache';

/** A call whose result is data the application stored earlier (libraries/stored-data.ts). */
export interface StoredReadSpec {
  callees?: readonly string[];
  methods?: readonly string[];
  /** The receiver must carry one of these object kinds; absent: any receiver but the project's own objects. */
  receivers?: readonly string[];
  store: StoredIn;
  /** The result keeps its receiver's and arguments' taint too (a file at a client-chosen path holds what the client chose). */
  keep?: boolean;
  when?: (call: CallView) => boolean;
}

export interface CleanAttrSpec {
  receivers?: readonly string[];
  attrs: readonly string[];
  kinds: readonly SinkKind[];
}

export interface LoaderSpec {
  bases: readonly string[];
  methods: readonly string[];
  result: 'fields' | 'model';
}
