// Service calls. An unresolved call's result carries its arguments' taint, because a call the
// analysis cannot see may be a transform of them (`quote(x)`, `x.strip()`, `json.loads(x)`). But
// some calls are plainly a service's: a function handed the request object (`api.swift.get(request,
// name)`) or a method of an object the project holds (a client, a provider registry, an ORM
// manager). The request data only selects what that service returns: the object as a whole keeps
// the taint (a helper may still hand an argument back), its fields are the service's own data. The
// labels of such a result carry FLAG_SERVER, and a field read (attribute, constant subscript,
// `.get("key")`, tuple unpacking, a `with … as` target) drops them.
import type { Expr } from './ir.js';
import type { FunctionRun } from './interpret.js';
import type { Label, Value } from './value.js';
import { FLAG_FIELD, FLAG_SERVER, relabel } from './value.js';

type Call = Extract<Expr, { k: 'call' }>;

/**
 * Methods of the builtin types (str, bytes, list, dict) and of regex and match objects: their
 * results are transforms of their data, never a service's. Parsing and decoding methods too.
 */
const TRANSFORM_METHODS = new Set([
  'join', 'format', 'format_map', 'split', 'rsplit', 'splitlines', 'partition', 'rpartition', 'strip', 'lstrip', 'rstrip',
  'lower', 'upper', 'title', 'capitalize', 'casefold', 'swapcase', 'replace', 'encode', 'decode', 'translate', 'center',
  'ljust', 'rjust', 'zfill', 'expandtabs', 'removeprefix', 'removesuffix', 'copy', 'items', 'keys', 'values', 'get', 'pop',
  'match', 'fullmatch', 'search', 'sub', 'subn', 'findall', 'finditer', 'group', 'groups', 'groupdict', 'expand',
  'parse', 'parse_args', 'parse_known_args', 'loads', 'load', 'read', 'decompress', 'decrypt', 'unsign', 'unpack',
  'render', 'substitute', 'safe_substitute', 'urlsplit', 'urlparse', 'getvalue', 'hexdigest', 'digest',
]);

/** Request attributes that are the client's whole data, not one value picked from it. */
const WHOLE_REQUEST_DATA = new Set(['GET', 'POST', 'data', 'query_params', 'args', 'form', 'values', 'json', 'files', 'FILES', 'COOKIES', 'cookies', 'headers', 'META', 'environ', 'body']);

/**
 * A receiver that may be a service: an object of no kind the analysis knows (a client, a provider
 * registry), an ORM manager or queryset. Not a project instance: a method it lacks comes from a
 * framework base class (`self.get_serializer(data=…)` wraps its argument).
 */
function serviceReceiver(objs: readonly string[]): boolean {
  return objs.every((o) => o === 'manager' || o === 'queryset');
}

/** The expression a receiver chain starts from: `a` in `a.b(c).d`. */
function chainRoot(e: Expr): Expr {
  let cur = e;
  for (let i = 0; i < 30; i++) {
    if (cur.k === 'attr') cur = cur.obj;
    else if (cur.k === 'sub') cur = cur.obj;
    else if (cur.k === 'call') cur = cur.fn;
    else if (cur.k === 'wrap') cur = cur.e;
    else break;
  }
  return cur;
}

/** `json.loads`, `urllib.parse.quote`: the receiver chain starts at an imported module or name. */
function rootedInImport(run: FunctionRun, recv: Expr): boolean {
  const root = chainRoot(recv);
  if (root.k !== 'name' || !root.q) return root.k === 'const';
  // A module-level variable of the project (`PROVIDERS = provider_api.ProviderAPIs`) holds an object.
  return run.program.global(run.program.canonical(root.q, run.file.module)) === undefined;
}

function calleeName(e: Call): string {
  if (e.fn.k === 'attr') return e.fn.attr;
  if (e.fn.k === 'name') return e.fn.id;
  return '';
}

/**
 * True when the unresolved call `e` (its receiver and arguments evaluated) is a service's: a
 * function (not a class: a constructor's fields are its arguments) handed the request object, or
 * a non-transform method of an object that holds no client data.
 */
export function isServiceCall(run: FunctionRun, e: Call, recv: Value | null, args: readonly Value[]): boolean {
  const name = calleeName(e);
  if (!name || /^[A-Z]/.test(name)) return false;
  if (recv?.objs.includes('req')) return false;
  // Handed a whole request mapping (`tables.build(request.POST)`), a call wraps the client's data
  // like a form does: what the object gives back may be any of it.
  if ([...e.args, ...e.kw.map(([, x]) => x)].some((x) => x.k === 'attr' && WHOLE_REQUEST_DATA.has(x.attr)) && args.some((a) => a.labels.some((l) => l.source))) return false;
  if (args.some((a) => a.objs.includes('req'))) return true;
  if (e.fn.k !== 'attr' || !recv || TRANSFORM_METHODS.has(name)) return false;
  if (recv.labels.some((l) => l.source) || !serviceReceiver(recv.objs)) return false;
  return !rootedInImport(run, e.fn.obj);
}

/**
 * An unresolved call that is not a transform: a method of an object (not of a module, not of a
 * builtin type) or a function held in a variable. What it is handed, it reads as an object: a
 * service's object passed in (or called on) gives back the service's data.
 */
export function readsFieldsOf(run: FunctionRun, e: Call, q: string | null): boolean {
  if (q?.startsWith('builtins.')) return q === 'builtins.getattr';
  const name = calleeName(e);
  if (!name || TRANSFORM_METHODS.has(name)) return false;
  return !rootedInImport(run, e.fn.k === 'attr' ? e.fn.obj : e.fn);
}

export function markServer(v: Value): Value {
  if (v.labels.length === 0) return v;
  return { labels: v.labels.map((l) => ((l.flags & FLAG_SERVER) !== 0 ? l : relabel(l, l.clean, l.flags | FLAG_SERVER, l.trace, l.depth))), objs: v.objs };
}

/**
 * A field read of `v`: what a service returned is the service's data. A parameter's label is kept
 * and marked, so a caller handing a service's object in drops it too (substituteFlags). `name`, the
 * attribute read, goes into the label's origin (`p0.sort`): a caller whose argument is a model of
 * declared field types judges that field by its type (paramField), not the whole object.
 */
export function fieldOf(v: Value, name?: string): Value {
  // Most field reads change nothing: find that out without a closure call per label.
  const ls = v.labels;
  let i = 0;
  for (; i < ls.length; i++) {
    const f = ls[i]!.flags;
    if ((f & FLAG_SERVER) !== 0 || (ls[i]!.param >= 0 && (f & FLAG_FIELD) === 0)) break;
  }
  if (i === ls.length) return v;
  const labels: Label[] = [];
  for (const l of v.labels) {
    if ((l.flags & FLAG_SERVER) !== 0) continue;
    if (l.param < 0 || (l.flags & FLAG_FIELD) !== 0) labels.push(l);
    else if (name === undefined) labels.push(relabel(l, l.clean, l.flags | FLAG_FIELD, l.trace, l.depth));
    else labels.push({ origin: `${l.origin}.${name}`, param: l.param, source: l.source, clean: l.clean, flags: l.flags | FLAG_FIELD, trace: l.trace, depth: l.depth });
  }
  return { labels, objs: v.objs };
}

/** The field of a parameter label's origin (`p0.sort` → `sort`), or null for the whole parameter. */
export function paramField(origin: string): string | null {
  const dot = origin.indexOf('.');
  return dot < 0 ? null : origin.slice(dot + 1);
}

/**
 * The flags of a caller's argument label `arg` reaching, in a summary, a use marked by `inner`
 * flags; null when the summary read a field of an argument that is a service's object.
 */
export function substituteFlags(arg: number, inner: number): number | null {
  if ((inner & FLAG_FIELD) !== 0 && (arg & FLAG_SERVER) !== 0) return null;
  return arg | (inner & ~FLAG_FIELD);
}
