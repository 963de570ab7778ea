// Files that ship with the code: a path built from the module's own location (`__file__`,
// `os.path.dirname(__file__)`, `Path(__file__).parent`, importlib.resources / pkg_resources of the
// module's own package) and constants. What such a file holds was written by whoever wrote the code,
// not by a user or an earlier request, so reading it back is not second-order data. A path with any
// part that is not a constant (a parameter, a database value) is not one.
import type { Expr, FunctionIR, Stmt } from './ir.js';
import type { FileFactsData } from './facts.js';

const MAX_DEPTH = 12;

/** Calls whose result is a path below their (shipped) first argument. */
const SAME_PATH = new Set(['os.path.abspath', 'os.path.realpath', 'os.path.normpath', 'os.path.dirname', 'os.path.expanduser', 'pathlib.Path', 'pathlib.PurePath', 'builtins.str', 'os.fspath', 'importlib.resources.as_file', 'importlib_resources.as_file']);
/** Calls naming a resource of a package: `files(pkg)`, `path(pkg, name)`, `resource_filename(pkg, name)`. */
const PACKAGE_RESOURCES = new Set([
  'importlib.resources.files',
  'importlib_resources.files',
  'importlib.resources.path',
  'importlib_resources.path',
  'pkg_resources.resource_filename',
  'pkg_resources.resource_stream',
  'pkg_resources.resource_string',
]);
/** Methods of a path object that stay below it: `.parent`, `.resolve()`, `.joinpath("x")`, `.with_suffix(".j2")`. */
const PATH_METHODS = new Set(['resolve', 'absolute', 'joinpath', 'with_name', 'with_suffix', 'expanduser']);

interface Scope {
  fn: FunctionIR;
  file: FileFactsData;
  /** The module's top-level assignments, read lazily. */
  module?: Map<string, Expr[]>;
}

function* statements(body: readonly Stmt[]): Generator<Stmt> {
  for (const s of body) {
    yield s;
    if (s.k === 'if') yield* [...statements(s.then), ...statements(s.else)];
    else if (s.k === 'loop') yield* [...statements(s.body), ...statements(s.else)];
    else if (s.k === 'with') yield* statements(s.body);
    else if (s.k === 'try') yield* [...statements(s.body), ...s.handlers.flatMap((h) => [...statements(h)]), ...statements(s.else), ...statements(s.final)];
  }
}

/** Every value a name is bound to in a body (assignments and `with … as name`); null when it is also bound another way (a loop target, a tuple). */
function bindings(body: readonly Stmt[], id: string): Expr[] | null {
  const out: Expr[] = [];
  for (const s of statements(body)) {
    if (s.k === 'assign') {
      for (const t of s.targets) {
        if (t.k === 'name' && t.id === id) {
          if (s.aug) return null;
          out.push(s.value);
        } else if (t.k === 'tuple' && JSON.stringify(t).includes(`"id":"${id}"`)) return null;
      }
    } else if (s.k === 'with') {
      for (const i of s.items) if (i.target?.k === 'name' && i.target.id === id) out.push(i.e);
    } else if (s.k === 'loop' && s.target && JSON.stringify(s.target).includes(`"id":"${id}"`)) return null;
  }
  return out;
}

function moduleBindings(scope: Scope): Map<string, Expr[]> {
  if (scope.module) return scope.module;
  const top = scope.file.functions.find((f) => f.id === `${scope.file.module}.<module>`);
  const out = new Map<string, Expr[]>();
  for (const s of statements(top?.body ?? [])) {
    if (s.k !== 'assign' || s.aug) continue;
    for (const t of s.targets) if (t.k === 'name') out.set(t.id, [...(out.get(t.id) ?? []), s.value]);
  }
  return (scope.module = out);
}

/** `__name__`, `__package__`, or the module's own package (or one of its parents) spelled out. */
function ownPackage(e: Expr | undefined, file: FileFactsData): boolean {
  if (!e) return false;
  if (e.k === 'name') return e.id === '__name__' || e.id === '__package__';
  if (e.k === 'const' && typeof e.v === 'string' && e.v) return file.module === e.v || file.module.startsWith(`${e.v}.`);
  return false;
}

const constant = (e: Expr | undefined) => e?.k === 'const';

function shipped(e: Expr | undefined, scope: Scope, depth: number, seen: ReadonlySet<string>): boolean {
  if (!e || depth > MAX_DEPTH) return false;
  const again = (x: Expr | undefined, s = seen) => shipped(x, scope, depth + 1, s);
  const rest = (xs: readonly (Expr | undefined)[]) => xs.every((x) => constant(x) || again(x));
  switch (e.k) {
    case 'name': {
      if (e.id === '__file__') return true;
      if (seen.has(e.id) || scope.fn.params.some((p) => p.name === e.id)) return false;
      const next = new Set([...seen, e.id]);
      const local = bindings(scope.fn.body, e.id);
      if (local === null) return false;
      const values = local.length > 0 ? local : (moduleBindings(scope).get(e.id) ?? []);
      return values.length > 0 && values.every((v) => again(v, next));
    }
    case 'attr':
      return e.attr === 'parent' && again(e.obj);
    case 'wrap':
      return again(e.e);
    case 'op':
      // `HERE + "/x.tpl"`, `Path(__file__).parent / "x.tpl"`, f"{HERE}/x.tpl": the location first, then constants.
      return e.parts.length > 0 && again(e.parts[0]) && rest(e.parts.slice(1));
    case 'cond':
      return again(e.a) && again(e.b);
    case 'call': {
      const q = e.q ?? '';
      if (q === 'os.path.join') return e.args.length > 0 && e.spread.length === 0 && again(e.args[0]) && rest(e.args.slice(1));
      if (SAME_PATH.has(q)) return e.args.length > 0 && again(e.args[0]);
      if (PACKAGE_RESOURCES.has(q)) return ownPackage(e.args[0] ?? e.kw.find(([k]) => k === 'package')?.[1], scope.file) && rest(e.args.slice(1));
      if (e.fn.k === 'attr' && PATH_METHODS.has(e.fn.attr)) return again(e.fn.obj) && rest(e.args);
      return false;
    }
    default:
      return false;
  }
}

/** Is this path expression, in this function, one of the code's own files? */
export function isShippedPath(e: Expr | undefined, fn: FunctionIR, file: FileFactsData): boolean {
  return shipped(e, { fn, file }, 0, new Set());
}
