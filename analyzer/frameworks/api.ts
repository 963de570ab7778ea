// The one interface a web framework implements: everything Assay knows about it, in its own folder
// (analyzer/frameworks/<id>/), registered on one line in registry.ts. The taint engine and the rules
// read frameworks only through this interface; taint/ itself knows no framework by name.
//
// A framework answers at three moments:
//   - text, before parsing: which imports mean the project uses it (`modules`);
//   - in the worker, while a file is lowered into the taint IR: which decorators make a function a
//     route (`routeDecorator`) and which calls register handlers (`registrations`: urls.py path(),
//     add_url_rule, Starlette Route, aiohttp add_get, Tornado URL tables, an OpenAPI operationId);
//   - on the main thread, when a function runs: what its parameters receive (`handlerParams`).
// Its sources, sinks, sanitizers and object kinds are data (`model`), merged into one taint model.
import type { SyntaxNode } from '../rule.js';
import type { FileContext } from '../file-context.js';
import type { Framework } from '../types.js';
import type { ClassIR, FieldIR, FunctionIR, Route, UrlRouteIR } from '../taint/ir.js';
import type { FileFactsData } from '../taint/facts.js';
import type { FrameworkModel } from './model.js';
import type { HeaderFacts } from './headers.js';
import type { ErrorHandlerFacts } from './error-handlers.js';
import type { FrameworkEndpoints } from '../endpoints/framework-part.js';

/** What a parameter of a function holds when the function is entered. */
export type ParamKind =
  | { k: 'plain' }
  /**
   * `self`; `objs` are object kinds it also carries (a Tornado handler, whose own attributes and
   * methods are request data: model.selfSources), `entry` marks a method the framework calls.
   */
  | { k: 'self'; cls: string; objs?: string[]; entry?: boolean }
  /** The request; `objs`: object kinds it also carries (set by the handler's registration). */
  | { k: 'request'; objs?: readonly string[] }
  | { k: 'source'; struct: boolean; model?: string }
  | { k: 'clean' }
  /** An object of a kind the model knows; `also`: further kinds it carries (`response-of:starlette`). */
  | { k: 'obj'; obj: string; also?: readonly string[] }
  /** validated_data / attrs of a serializer hook: field-typed client data. */
  | { k: 'fields'; cls: string }
  /** `validate_<field>(self, value)`: the value of one field. */
  | { k: 'field'; cls: string; field: string }
  /** A bound form/serializer instance of a known class. */
  | { k: 'form'; cls: string };

/** A decorator call `@<object>.<method>(<args>)` on a function, as the lowering sees it. */
export interface DecoratorCall {
  call: SyntaxNode;
  /** `route`, `get`, `post` … */
  method: string;
  /** The positional arguments and keyword arguments of the call. */
  args: SyntaxNode[];
  /** The first path-like argument's constant value, '' when absent or not constant. */
  path: string;
  /** The framework of the object the decorator is called on, when the file constructs it (`app = Flask(__name__)`). */
  app: Framework | null;
  ctx: FileContext;
}

/** The project as a framework's handler hook may read it (the taint Program satisfies it). */
export interface ProgramView {
  canonical(q: string): string;
  readonly classes: { has(id: string): boolean };
  readonly calledIds: { has(id: string): boolean };
  readonly urlRoutes: { get(view: string): UrlRouteIR | undefined };
  bases(clsId: string): string[];
  isSubclass(clsId: string, bases: ReadonlySet<string> | ((b: string) => boolean)): boolean;
  field(clsId: string, name: string): FieldIR | undefined;
  readonly model: { readonly formBases: ReadonlySet<string> };
}

/** A function whose parameters a framework may explain. */
export interface HandlerView {
  fn: FunctionIR;
  file: FileFactsData;
  program: ProgramView;
  /** Filled in already: `self` of methods, parameters named or annotated as the request. */
  kinds: ParamKind[];
  isMethod: boolean;
  /** The call that registered this function (or its class) as a handler, when one was seen. */
  registration: UrlRouteIR | undefined;
}

/** A file of the project that is not Python, read as data (an OpenAPI document). */
export interface ProjectDocument {
  path: string;
  text: string;
}

/** Files besides Python a framework reads to find its handlers, and the handlers they register. */
export interface FrameworkDocuments {
  /** File names it reads (tested on the path relative to the root). */
  names: RegExp;
  /**
   * Text of a document that means the project uses the framework though no scanned Python file
   * imports it (a connexion spec served by `connexion run openapi.yaml`).
   */
  detectText?: RegExp;
  /** Handlers the documents register, resolved against the project's lowered files. */
  routes(docs: readonly ProjectDocument[], files: readonly FileFactsData[]): UrlRouteIR[];
}

export interface WebFramework {
  id: Framework;
  /** Import prefixes that mean a file uses it (`rest_framework`, `flask_restful`). */
  modules: readonly string[];
  /** Source text that means a file uses it without importing it (a bare WSGI callable). */
  detectText?: RegExp;
  /**
   * Substrings of which every detectText match holds one: a file holding none is not tested, as
   * most files are not (the regexps try a `def` at every definition).
   */
  detectNeeds?: readonly string[];
  /** A more general framework this one builds on (DRF on Django): a view counts for the specific one. */
  extends?: Framework;
  /** Its views are found by convention, without a registration in sight (Django's views modules). */
  viewsByConvention?: boolean;
  /** Sources, sinks, sanitizers and object kinds, merged with every other framework's. */
  model: FrameworkModel;
  /** A route decorator of this framework, or null. */
  routeDecorator?(d: DecoratorCall): Route | null;
  /** Handlers registered by calls in this file; each names the function or class it registers. */
  registrations?(ctx: FileContext): UrlRouteIR[];
  /**
   * The parameter kinds of a handler of this framework, or null when `h` is not one. Asked only for
   * functions without a route decorator, or whose route is this framework's; in registry order.
   */
  handlerParams?(h: HandlerView): ParamKind[] | null;
  /**
   * Objects whose fields the file declares by calls (a RequestParser's add_argument), as classes of
   * fields with ids `<name>.<fields>` (module level) or `<function id>.<locals>.<name>.<fields>`.
   */
  declarations?(ctx: FileContext): ClassIR[];
  /** Handlers named in non-Python files (connexion's operationIds in the OpenAPI document). */
  documents?: FrameworkDocuments;
  /** Its part of the endpoint inventory (`<id>/endpoints.ts`): its routes, guards and limits. */
  endpoints?: FrameworkEndpoints;
  /**
   * What its responses do with CR/LF in header values and cookies (`<id>/headers.ts`); absent: as
   * the framework it extends, else nothing is assumed (header writes stay vulnerabilities).
   */
  headers?: HeaderFacts;
  /** How the application registers the functions it calls with an unhandled exception (`<id>/error-handlers.ts`). */
  errorHandlers?: ErrorHandlerFacts;
}

