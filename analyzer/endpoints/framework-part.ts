// A framework's part of the endpoint inventory, as its folder exports it (WebFramework.endpoints):
// routes it declares itself (decorators, add_url_rule, include_router), and for URLconf-based
// frameworks the URLconf's routes and the views it recognises among them.
import type { CsrfState, Endpoint, EndpointParam } from '../../domain/index.js';
import type { FileEndpointFacts } from './file-facts.js';
import type { ProjectIndex } from './project.js';
import type { ProjectSettings } from './settings.js';
import type { Val, ValueReader } from './values.js';
import type { FileContext } from '../file-context.js';
import type { HandlerChecks } from './handler-checks.js';
import type { Effect } from './guards.js';
import type { ProjectDocument } from '../frameworks/api.js';

export interface InventoryContext {
  index: ProjectIndex;
  settings: ProjectSettings;
  /** What Django's settings say about CSRF for session-authenticated views. */
  djangoCsrf: CsrfState;
  /** The data documents the project's frameworks read (connexion's OpenAPI files), as text. */
  documents: readonly ProjectDocument[];
}

/** A route of a URLconf with its full prefix, before its view is resolved. */
export interface UrlTarget {
  path: string;
  params: EndpointParam[];
  view: Val;
  /** Calls wrapped around the view in the URLconf: `login_required(views.x)`. */
  wrappers: Val[];
  file: FileEndpointFacts;
  line: number;
}

export interface FrameworkEndpoints {
  /**
   * How this framework's handlers turn a caller away besides raise / abort / returning a 401 or 403
   * response (Tornado's `self.send_error(403)`): read in the worker for the files importing it.
   */
  rejects?: readonly RegExp[];
  /**
   * Functions of the framework or its auth extension a handler calls to demand a caller
   * (aiohttp-security's `await check_authorized(request)`): what each call does, by qualified name.
   */
  guardCalls?: Readonly<Record<string, Effect>>;
  /**
   * What the framework reads of a file in the worker beyond the shared facts (Werkzeug URL maps):
   * plain data kept under FileEndpointFacts.frameworkFacts[id]; null when the file has none.
   */
  fileFacts?(ctx: FileContext, reader: ValueReader): unknown;
  /** Routes the framework declares on its own. */
  routes?(ctx: InventoryContext): Endpoint[];
  /** Every route of the project's URLconfs, prefixes applied. */
  urlTargets?(ctx: InventoryContext): UrlTarget[];
  /** The endpoints of a URLconf route whose view is this framework's, else null. */
  urlView?(target: UrlTarget, ctx: InventoryContext): Endpoint[] | null;
  /**
   * Views no route of the scanned code reaches, recognised by their signature or base class (a views
   * module routed by a project that is not scanned), listed under `unroutedPath`. `claimed` holds the
   * handlers already listed, by a route or by a more specific framework.
   */
  unrouted?(ctx: InventoryContext, claimed: ReadonlySet<string>): Endpoint[];
  /**
   * What a handler the framework itself supplies does (a generic view's inherited retrieve or update):
   * the object it looks up, whether it writes, what scopes it, from the class's attributes and
   * overrides. Null when the handler is not such a one.
   */
  handlerChecks?(e: Endpoint, ctx: InventoryContext): HandlerChecks | null;
}
