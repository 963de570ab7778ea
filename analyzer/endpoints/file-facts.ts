// One file's part of the endpoint inventory, read in the worker: functions with their decorators,
// parameters and checks, classes with their bases, attributes and methods, module-level objects
// (apps, routers, blueprints, limiters, security schemes), the method calls that wire routes
// together, and Django's urlpatterns. Plain data: it crosses the thread boundary and the cache.
import type { SyntaxNode } from '../rule.js';
import type { FileContext } from '../file-context.js';
import { ValueReader, moduleVariables, type Val } from './values.js';
import { handlerChecks, type Evidence, type HandlerChecks } from './handler-checks.js';
import { dispatchFact, type DispatchFact } from './dispatch.js';
import { WEB_FRAMEWORKS } from '../frameworks/registry.js';

/** What the file's frameworks answer a caller they turn away with (FrameworkEndpoints.rejects). */
function rejectsOf(frameworks: ReadonlySet<string>): RegExp[] {
  return WEB_FRAMEWORKS.filter((f) => frameworks.has(f.id)).flatMap((f) => f.endpoints?.rejects ?? []);
}

export interface ParamFact {
  name: string;
  annotation: Val | null;
  default: Val | null;
}

export interface FunctionFact {
  /** `module.func`, `module.Class.method`, `module.outer.inner`. */
  q: string;
  name: string;
  line: number;
  /** Last line of the `def` (its body included): the handler's extent for Endpoint.handler.endLine. */
  endLine?: number;
  /** Line of the first decorator, when decorated: the extent starts there (Endpoint.handler.startLine). */
  startLine?: number;
  decorators: Val[];
  params: ParamFact[];
  returns: Val | null;
  checks: HandlerChecks;
  /** The `def` line, trimmed (snippet and fingerprint of findings on the handler). */
  text: string;
  /** How a handler that receives every request tells paths apart (http.server verbs, WSGI callables). */
  dispatch?: DispatchFact;
}

export interface ClassFact {
  q: string;
  name: string;
  line: number;
  /** Last line of the class body. */
  endLine?: number;
  /** Line of the first decorator, when decorated. */
  startLine?: number;
  bases: Val[];
  decorators: Val[];
  /** Class-level assignments: `permission_classes = [IsAuthenticated]`. */
  attrs: Record<string, Val>;
  /** Where each class-level assignment is written (line and trimmed text), for findings on it. */
  attrAt?: Record<string, Evidence>;
  methods: Record<string, FunctionFact>;
}

/** `recv.method(...)` at module level or inside a function (`app.register_blueprint(bp, url_prefix=…)`). */
export interface CallFact {
  recv: string | null;
  method: string;
  call: Extract<Val, { k: 'call' }>;
}

export interface FileEndpointFacts {
  path: string;
  module: string;
  functions: FunctionFact[];
  classes: ClassFact[];
  /** `name = value` at module level (key `module.name`) or in a function (key `local:name`). */
  assigns: Record<string, Val>;
  calls: CallFact[];
  /** Django: the items of `urlpatterns` (assignments, `+=`, `.append`/`.extend`). */
  urlpatterns: Val[];
  urlpatternsLine: number;
  /** Callees of calls made as statements (`CSRFProtect(app)`), qualified. */
  bareCalls: string[];
  /** Every qualified callee in the file: a function the project calls itself is a helper, not a view. */
  called: string[];
  /** The web frameworks the file imports. */
  frameworks: string[];
  /** What a framework reads of the file itself (FrameworkEndpoints.fileFacts), by framework id. */
  frameworkFacts?: Record<string, unknown>;
}

/** Method names whose calls wire routes: kept for the project-wide assembly. */
const WIRING = new Set([
  'register', 'add_url_rule', 'register_blueprint', 'include_router', 'add_api_route', 'add_api_websocket_route', 'mount', 'add_resource',
  'before_request', 'init_app', 'exempt', 'add_route', 'add_namespace',
  // connexion's add_api(spec, base_path=…), ariadne's obj.set_field(name, resolver), Starlette's add_websocket_route.
  'add_api', 'set_field', 'add_websocket_route',
  // aiohttp: app.add_routes([...]) and app.router.add_get(path, handler) …
  'add_routes', 'add_get', 'add_post', 'add_put', 'add_patch', 'add_delete', 'add_view', 'add_subapp',
]);
const MAX_FUNCTIONS = 5000;
/** Constructors whose route tables are their arguments, wherever they are called (`return Application([...])`): kept as calls of method `new:<callee>`. */
const ROUTE_TABLES = new Set(['tornado.web.Application', 'tornado.routing.RuleRouter']);

export function endpointFacts(ctx: FileContext): FileEndpointFacts {
  const root = ctx.tree.rootNode;
  const reader = new ValueReader(ctx, moduleVariables(root));
  const rejects = rejectsOf(ctx.fileFrameworks);
  const out: FileEndpointFacts = { path: ctx.path, module: ctx.module, functions: [], classes: [], assigns: {}, calls: [], urlpatterns: [], urlpatternsLine: 0, bareCalls: [], called: calledNames(root, reader), frameworks: [...ctx.fileFrameworks] };
  const stack: Array<{ node: SyntaxNode; scope: string[]; cls: ClassFact | null; inFn: boolean }> = [{ node: root, scope: [], cls: null, inFn: false }];
  while (stack.length > 0) {
    const { node, scope, cls, inFn } = stack.pop()!;
    for (const child of node.namedChildren) {
      const decorated = child.type === 'decorated_definition';
      const def = decorated ? child.childForFieldName('definition') : child;
      const decorators = decorated ? child.namedChildren.filter((c) => c.type === 'decorator').map((d) => reader.value(d.namedChild(0))) : [];
      if (def?.type === 'function_definition') {
        const name = def.childForFieldName('name')?.text ?? '?';
        const fact = functionFact(def, [...scope, name], decorators, reader, ctx.module, rejects);
        if (decorated) fact.startLine = child.startPosition.row + 1;
        if (cls && !inFn) cls.methods[name] = fact;
        else if (out.functions.length < MAX_FUNCTIONS) out.functions.push(fact);
        const body = def.childForFieldName('body');
        if (body) stack.push({ node: body, scope: [...scope, name], cls: null, inFn: true });
        continue;
      }
      if (def?.type === 'class_definition') {
        const name = def.childForFieldName('name')?.text ?? '?';
        const fact: ClassFact = {
          q: [ctx.module, ...scope, name].join('.'),
          name,
          line: def.startPosition.row + 1,
          endLine: def.endPosition.row + 1,
          ...(decorated ? { startLine: child.startPosition.row + 1 } : {}),
          bases: (def.childForFieldName('superclasses')?.namedChildren ?? []).filter((b) => b.type !== 'keyword_argument' && b.type !== 'comment').map((b) => reader.value(b)),
          decorators,
          attrs: {},
          attrAt: {},
          methods: {},
        };
        out.classes.push(fact);
        const body = def.childForFieldName('body');
        if (body) {
          for (const stmt of body.namedChildren) {
            const a = stmt.type === 'expression_statement' ? stmt.namedChild(0) : null;
            const left = a?.type === 'assignment' ? a.childForFieldName('left') : null;
            if (left?.type === 'identifier') {
              fact.attrs[left.text] = reader.value(a!.childForFieldName('right'));
              fact.attrAt![left.text] = { line: a!.startPosition.row + 1, text: a!.text.split('\n')[0]!.trim().slice(0, 200) };
            }
          }
          stack.push({ node: body, scope: [...scope, name], cls: fact, inFn: false });
        }
        continue;
      }
      if (child.type === 'expression_statement') statement(child, out, reader, ctx, inFn || cls !== null);
      // Routes are also declared under if/try/with blocks at any level.
      if (child.type !== 'expression_statement' && !child.type.endsWith('definition')) stack.push({ node: child, scope, cls, inFn });
    }
  }
  for (const f of WEB_FRAMEWORKS) {
    const own = f.endpoints?.fileFacts?.(ctx, reader);
    if (own) (out.frameworkFacts ??= {})[f.id] = own;
  }
  if (/\btornado\b/.test(ctx.source)) {
    for (const call of root.descendantsOfType('call')) {
      const q = reader.ref(call.childForFieldName('function'));
      const v = q && ROUTE_TABLES.has(q) ? reader.call(call) : null;
      if (v?.k === 'call') out.calls.push({ recv: null, method: `new:${q}`, call: v });
    }
  }
  return out;
}

function statement(stmt: SyntaxNode, out: FileEndpointFacts, reader: ValueReader, ctx: FileContext, local: boolean): void {
  const e = stmt.namedChild(0);
  if (!e) return;
  if (e.type === 'assignment') {
    const left = e.childForFieldName('left');
    const right = e.childForFieldName('right');
    if (left?.type === 'identifier' && right) {
      if (left.text === 'urlpatterns' && !local) {
        // Assigned in a branch (`if settings.URL_PREFIX: urlpatterns = [...] else: urlpatterns = base`):
        // each configuration serves its branch's routes, so the branches add up instead of the last read winning.
        const items = flatten(reader.value(right));
        out.urlpatterns = inBranch(stmt) ? [...out.urlpatterns, ...items] : items;
        out.urlpatternsLine = e.startPosition.row + 1;
      } else out.assigns[local ? `local:${left.text}` : `${ctx.module}.${left.text}`] = reader.value(right);
      if (right.type === 'call') wiring(right, out, reader);
    }
    return;
  }
  if (e.type === 'augmented_assignment' && e.childForFieldName('left')?.text === 'urlpatterns' && !local) {
    out.urlpatterns.push(...flatten(reader.value(e.childForFieldName('right'))));
    return;
  }
  if (e.type === 'call') {
    const fn = e.childForFieldName('function');
    if (fn?.type === 'attribute' && fn.childForFieldName('object')?.text === 'urlpatterns') {
      const v = reader.call(e);
      if (v.k === 'call') out.urlpatterns.push(...v.args.flatMap(flatten));
      return;
    }
    const q = reader.ref(fn);
    if (q && out.bareCalls.length < 500 && !out.bareCalls.includes(q)) out.bareCalls.push(q);
    wiring(e, out, reader);
  }
}

function inBranch(stmt: SyntaxNode): boolean {
  const owner = stmt.parent?.type === 'block' ? stmt.parent.parent : null;
  return owner?.type === 'if_statement' || owner?.type === 'else_clause' || owner?.type === 'elif_clause';
}

const MAX_CALLED = 4000;

function calledNames(root: SyntaxNode, reader: ValueReader): string[] {
  const out = new Set<string>();
  for (const call of root.descendantsOfType('call')) {
    if (out.size >= MAX_CALLED) break;
    const q = reader.ref(call.childForFieldName('function'));
    if (q && !q.startsWith('local:')) out.add(q);
  }
  return [...out];
}

function flatten(v: Val): Val[] {
  return v.k === 'list' ? v.items : [v];
}

function wiring(call: SyntaxNode, out: FileEndpointFacts, reader: ValueReader): void {
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'attribute') return;
  const method = fn.childForFieldName('attribute')?.text ?? '';
  if (!WIRING.has(method)) return;
  const v = reader.call(call);
  if (v.k === 'call') out.calls.push({ recv: reader.ref(fn.childForFieldName('object')), method, call: v });
}

function functionFact(def: SyntaxNode, scope: string[], decorators: Val[], reader: ValueReader, module: string, rejects: readonly RegExp[]): FunctionFact {
  const params: ParamFact[] = [];
  for (const p of def.childForFieldName('parameters')?.namedChildren ?? []) {
    if (p.type === 'identifier') params.push({ name: p.text, annotation: null, default: null });
    else if (p.type === 'typed_parameter') {
      const name = p.namedChild(0)?.type === 'identifier' ? p.namedChild(0)!.text : '';
      if (name) params.push({ name, annotation: reader.value(p.childForFieldName('type')), default: null });
    } else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
      const name = p.childForFieldName('name')?.text ?? '';
      const type = p.childForFieldName('type');
      if (name) params.push({ name, annotation: type ? reader.value(type) : null, default: reader.value(p.childForFieldName('value')) });
    }
  }
  const ret = def.childForFieldName('return_type');
  const name = scope[scope.length - 1]!;
  // Only the handlers that receive every request read their own dispatch: http.server verbs, WSGI callables.
  // `@Request.application` makes a function of the request a WSGI application: it receives every request too.
  const application = decorators.some((d) => d.k === 'ref' && /(?:^|\.)Request\.application$/.test(d.q) && d.q.startsWith('werkzeug.'));
  const receivesAll = application || /^do_[A-Z]+$/.test(name) || (params.some((p) => p.name === 'environ') && params.some((p) => /^start(?:_response)?$/.test(p.name)));
  const dispatch = receivesAll ? dispatchFact(def) : undefined;
  return {
    q: [module, ...scope].join('.'),
    name: scope[scope.length - 1]!,
    line: def.startPosition.row + 1,
    endLine: def.endPosition.row + 1,
    decorators,
    params,
    returns: ret ? reader.value(ret) : null,
    checks: handlerChecks(def, (n) => reader.ref(n), rejects),
    text: def.text.split('\n')[0]!.trim().slice(0, 200),
    ...(dispatch ? { dispatch } : {}),
  };
}
