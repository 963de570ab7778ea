// What a WSGI file says about its routes beyond a callable's own `if path == …` branches, read in the
// worker: Werkzeug URL maps (`Map([Rule("/x", endpoint="y", methods=[…]), Submount("/api", […])])`,
// at module level or assigned in a method, `self.url_map = Map(…)`), the functions that dispatch
// them (`endpoint, args = adapter.match()`), with the branches that hand an endpoint over by name
// before the rest of the function runs (`if endpoint == "purge": return purge(request)`), and route
// tables: a module-level dict from paths, or (method, path) pairs, to handlers, the functions that
// read it. Plain data: it crosses the thread boundary (FileEndpointFacts.frameworkFacts).
import type { SyntaxNode } from '../../rule.js';
import type { FileContext } from '../../file-context.js';
import type { ValueReader, Val } from '../../endpoints/values.js';

export interface WerkzeugRule {
  path: string;
  /** The endpoint as a name (`endpoint="purge"`), else null. */
  endpoint: string | null;
  /** The endpoint as a reference to a function (`endpoint=views.purge`), qualified, else null. */
  handler: string | null;
  /** Upper case; empty when the rule does not restrict them. */
  methods: string[];
  line: number;
}

export interface WerkzeugMap {
  /** The class whose method builds the map (`self.url_map = Map(…)` in `__init__`), else null. */
  owner: string | null;
  rules: WerkzeugRule[];
  line: number;
}

export interface MapDispatcher {
  /** The function calling `adapter.match()`. */
  q: string;
  /** Its class, when it is a method. */
  owner: string | null;
  /** Endpoints it hands over by name in a branch, with the branch's line. */
  early: Array<{ endpoint: string; line: number }>;
}

export interface RouteTable {
  q: string;
  entries: Array<{ path: string; methods: string[]; handler: string }>;
  /** The functions that read the table (qualified). */
  readers: string[];
  line: number;
}

export interface WsgiRouteFacts {
  maps: WerkzeugMap[];
  dispatchers: MapDispatcher[];
  tables: RouteTable[];
}

const MAP = new Set(['werkzeug.routing.Map', 'werkzeug.routing.map.Map']);
const RULE = new Set(['werkzeug.routing.Rule', 'werkzeug.routing.rules.Rule']);
const SUBMOUNT = new Set(['werkzeug.routing.Submount', 'werkzeug.routing.rules.Submount']);
const HTTP = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;
const MAX = 500;

/** Qualified names of the functions and classes around a node, innermost last. */
function scopeOf(node: SyntaxNode, module: string): { fn: string | null; cls: string | null } {
  const names: Array<{ type: string; name: string }> = [];
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'class_definition') names.unshift({ type: p.type, name: p.childForFieldName('name')?.text ?? '?' });
  }
  if (names.length === 0) return { fn: null, cls: null };
  const q = (n: number) => [module, ...names.slice(0, n).map((x) => x.name)].join('.');
  const last = names[names.length - 1]!;
  const fn = last.type === 'function_definition' ? q(names.length) : null;
  // A method's class: the definition right around the function.
  const clsAt = fn && names.length >= 2 && names[names.length - 2]!.type === 'class_definition' ? names.length - 1 : last.type === 'class_definition' ? names.length : 0;
  return { fn, cls: clsAt > 0 ? q(clsAt) : null };
}

function rulesOf(v: Val, prefix: string, out: WerkzeugRule[]): void {
  for (const item of v.k === 'list' ? v.items : [v]) {
    if (out.length >= MAX || item.k !== 'call' || !item.q) continue;
    if (SUBMOUNT.has(item.q)) {
      const p = item.args[0]?.k === 'str' ? item.args[0].v : '';
      rulesOf(item.args[1] ?? item.kw['rules'] ?? { k: 'none' }, prefix + p, out);
    } else if (RULE.has(item.q)) {
      const path = item.args[0] ?? item.kw['string'];
      if (path?.k !== 'str') continue;
      const ep = item.kw['endpoint'] ?? item.args[2];
      const ms = item.kw['methods'];
      const methods = (ms?.k === 'list' ? ms.items : []).flatMap((m) => (m.k === 'str' && HTTP.test(m.v) ? [m.v.toUpperCase()] : []));
      out.push({ path: prefix + path.v, endpoint: ep?.k === 'str' ? ep.v : null, handler: ep?.k === 'ref' ? ep.q : null, methods, line: item.line });
    }
  }
}

/** `endpoint, args = adapter.match()` (or `rule = …match(…)`, `return_rule=True`): the name holding the endpoint. */
function matchedName(fn: SyntaxNode): string | null {
  for (const a of fn.descendantsOfType('assignment')) {
    const right = a.childForFieldName('right');
    if (!right || !/\.match\s*\(/.test(right.text)) continue;
    const left = a.childForFieldName('left');
    if (left?.type === 'identifier') return left.text;
    const first = left?.namedChildren[0];
    if (first?.type === 'identifier') return first.text;
  }
  return null;
}

function dispatcherOf(fn: SyntaxNode, module: string): MapDispatcher | null {
  const body = fn.childForFieldName('body');
  if (!body || !/\.match\s*\(/.test(body.text) || !/\bbind(?:_to_environ)?\s*\(/.test(body.text)) return null;
  const name = matchedName(fn);
  const early: MapDispatcher['early'] = [];
  if (name) {
    const test = new RegExp(`^\\s*\\b${name}\\b\\s*==\\s*['"]([\\w.:-]+)['"]\\s*$|^\\s*['"]([\\w.:-]+)['"]\\s*==\\s*\\b${name}\\b\\s*$`);
    for (const s of body.descendantsOfType('if_statement')) {
      const m = test.exec(s.childForFieldName('condition')?.text ?? '');
      const block = s.childForFieldName('consequence')?.text ?? '';
      if (m && /\breturn\b/.test(block)) early.push({ endpoint: m[1] ?? m[2]!, line: s.startPosition.row + 1 });
    }
  }
  const scope = scopeOf(fn.childForFieldName('name') ?? fn, module);
  return { q: scope.fn ?? `${module}.${fn.childForFieldName('name')?.text ?? '?'}`, owner: scope.cls, early };
}

/** A key of a route table: `"/hooks"` or `("POST", "/hooks")` / `("/hooks", "POST")`. */
function keyOf(key: SyntaxNode, ctx: FileContext): { path: string; methods: string[] } | null {
  const strs = (key.type === 'tuple' || key.type === 'parenthesized_expression' ? key.namedChildren : [key]).map((n) => ctx.constant(n));
  if (strs.length === 0 || strs.length > 2 || strs.some((c) => c?.kind !== 'str')) return null;
  const vals = strs.map((c) => (c as { value: string }).value);
  const path = vals.find((v) => v.startsWith('/'));
  const method = vals.find((v) => HTTP.test(v));
  if (!path || (vals.length === 2 && !method)) return null;
  return { path, methods: method ? [method.toUpperCase()] : [] };
}

function tableOf(name: string, dict: SyntaxNode, ctx: FileContext, reader: ValueReader): Omit<RouteTable, 'readers'> | null {
  const entries: RouteTable['entries'] = [];
  for (const pair of dict.namedChildren) {
    if (pair.type !== 'pair' || entries.length >= MAX) continue;
    const key = pair.childForFieldName('key');
    const value = pair.childForFieldName('value');
    const k = key ? keyOf(key, ctx) : null;
    const h = value && (value.type === 'identifier' || value.type === 'attribute') ? reader.ref(value) : null;
    if (!k || !h) return null;
    entries.push({ ...k, handler: h });
  }
  return entries.length > 0 ? { q: `${ctx.module}.${name}`, entries, line: dict.startPosition.row + 1 } : null;
}

export function wsgiRouteFacts(ctx: FileContext, reader: ValueReader): WsgiRouteFacts | null {
  if (!/\bwerkzeug\b|\benviron\b/.test(ctx.source)) return null;
  const root = ctx.tree.rootNode;
  const out: WsgiRouteFacts = { maps: [], dispatchers: [], tables: [] };
  for (const call of root.descendantsOfType('call')) {
    if (out.maps.length >= 50) break;
    const q = reader.ref(call.childForFieldName('function'));
    if (!q || !MAP.has(q)) continue;
    const v = reader.call(call);
    if (v.k !== 'call') continue;
    const rules: WerkzeugRule[] = [];
    rulesOf(v.args[0] ?? v.kw['rules'] ?? { k: 'none' }, '', rules);
    if (rules.length > 0) out.maps.push({ owner: scopeOf(call, ctx.module).cls, rules, line: call.startPosition.row + 1 });
  }
  const fns = root.descendantsOfType('function_definition');
  if (out.maps.length > 0) for (const fn of fns) {
    const d = dispatcherOf(fn, ctx.module);
    if (d && out.dispatchers.length < 50) out.dispatchers.push(d);
  }
  for (const stmt of root.namedChildren) {
    const a = stmt.type === 'expression_statement' ? stmt.namedChild(0) : null;
    const left = a?.type === 'assignment' ? a.childForFieldName('left') : null;
    const right = a?.childForFieldName('right');
    if (left?.type !== 'identifier' || right?.type !== 'dictionary') continue;
    const t = tableOf(left.text, right, ctx, reader);
    if (!t) continue;
    const use = new RegExp(`\\b${left.text}\\b`);
    const readers = fns.filter((f) => use.test(f.childForFieldName('body')?.text ?? '')).map((f) => scopeOf(f.childForFieldName('name') ?? f, ctx.module).fn).filter((x): x is string => !!x);
    out.tables.push({ ...t, readers });
  }
  return out.maps.length + out.tables.length > 0 ? out : null;
}
