// Where each framework looks a template name up, read from the project's own configuration: Flask's
// `template_folder` (the app's, then its blueprints'), Django's TEMPLATES DIRS and APP_DIRS (in the
// order of its loaders), Jinja2's FileSystemLoader / PackageLoader / ChoiceLoader, Mako's
// TemplateLookup(directories=, default_filters=) and Tornado's template_path. Directories are
// evaluated from the code's constants and `__file__` (os.path / pathlib), relative to the
// repository; one that cannot be evaluated, or that leaves the repository, is left out.
import type { FileFactsData } from '../taint/facts.js';
import type { Expr, Stmt } from '../taint/ir.js';

/** How a render call finds its template: the framework it renders through, or the loader object it calls. */
export type LookupVia = 'flask' | 'django' | 'aiohttp' | 'tornado' | { loader: string };

/** The directories searched, in order; `escapes`: Mako's default_filters escape HTML. */
export interface SearchPath {
  dirs: string[];
  escapes?: boolean;
}

interface Loader {
  file: string;
  /** The name the loader (or the Environment / TemplateLookup holding it) is assigned to. */
  bound: string | null;
  dirs: string[];
  escapes?: boolean;
  /** Set up for aiohttp_jinja2 (`aiohttp_jinja2.setup(app, loader=…)`). */
  aiohttp: boolean;
}

interface Folder {
  file: string;
  dir: string;
}

const JINJA_FS = new Set(['jinja2.FileSystemLoader', 'jinja2.loaders.FileSystemLoader']);
const JINJA_PACKAGE = new Set(['jinja2.PackageLoader', 'jinja2.loaders.PackageLoader']);
const MAKO_LOOKUP = new Set(['mako.lookup.TemplateLookup']);
const HTML_ESCAPING_FILTERS = new Set(['h', 'x', 'u', 'entity']);

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** `a/b` + `../c` → `a/c`; null when it climbs out of the repository or is absolute. */
export function joinPath(base: string, rel: string): string | null {
  if (rel.startsWith('/') || /^[A-Za-z]:[\\/]/.test(rel)) return null;
  const parts = base ? base.split('/') : [];
  for (const seg of rel.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

function* statements(body: readonly Stmt[]): Generator<Stmt> {
  for (const s of body) {
    yield s;
    if (s.k === 'if') yield* [...statements(s.then), ...statements(s.else)];
    else if (s.k === 'with') yield* statements(s.body);
    else if (s.k === 'try') yield* [...statements(s.body), ...statements(s.else), ...statements(s.final)];
  }
}

function* callsIn(e: Expr | null | undefined, depth = 0): Generator<Extract<Expr, { k: 'call' }>> {
  if (!e || depth > 10) return;
  switch (e.k) {
    case 'call':
      yield e;
      yield* callsIn(e.fn, depth + 1);
      for (const a of e.args) yield* callsIn(a, depth + 1);
      for (const [, v] of e.kw) yield* callsIn(v, depth + 1);
      return;
    case 'seq':
      for (const a of e.items) yield* callsIn(a, depth + 1);
      return;
    case 'dict':
      for (const [, v] of e.entries) yield* callsIn(v, depth + 1);
      return;
    case 'attr':
      yield* callsIn(e.obj, depth + 1);
      return;
    case 'wrap':
      yield* callsIn(e.e, depth + 1);
      return;
    default:
  }
}

/** A module's top-level assignments by name (the last wins), read for BASE_DIR-style constants. */
function moduleNames(file: FileFactsData): Map<string, Expr> {
  const out = new Map<string, Expr>();
  const top = file.functions.find((f) => f.id === `${file.module}.<module>` || f.id.endsWith('<module>'));
  for (const s of statements(top?.body ?? [])) if (s.k === 'assign' && !s.aug) for (const t of s.targets) if (t.k === 'name') out.set(t.id, s.value);
  return out;
}

/** The repository-relative path an expression evaluates to, from `__file__` and constants. */
function pathOf(e: Expr | undefined, file: FileFactsData, names: ReadonlyMap<string, Expr>, depth = 0): string | null {
  if (!e || depth > 12) return null;
  const again = (x: Expr | undefined) => pathOf(x, file, names, depth + 1);
  switch (e.k) {
    case 'const':
      return typeof e.v === 'string' ? e.v : null;
    case 'name':
      if (e.id === '__file__') return file.path;
      return names.has(e.id) ? again(names.get(e.id)) : null;
    case 'attr':
      if (e.attr === 'parent') {
        const p = again(e.obj);
        return p === null ? null : dirOf(p);
      }
      return null;
    case 'wrap':
      return again(e.e);
    case 'op': {
      // `BASE_DIR / "templates"` (the IR keeps no operator; a path joined with constants is a join).
      const [head, ...rest] = e.parts.map((p) => again(p));
      if (head == null || rest.some((r) => r === null)) return null;
      return rest.reduce<string | null>((acc, r) => (acc === null ? null : joinPath(acc, r!)), head);
    }
    case 'call': {
      const q = e.q ?? '';
      if (q === 'os.path.dirname') {
        const p = again(e.args[0]);
        return p === null ? null : dirOf(p);
      }
      if (q === 'os.path.join') {
        const parts = e.args.map((a) => again(a));
        if (parts.length === 0 || parts.some((p) => p === null)) return null;
        return parts.slice(1).reduce<string | null>((acc, r) => (acc === null ? null : joinPath(acc, r!)), parts[0]!);
      }
      if (['os.path.abspath', 'os.path.realpath', 'os.path.normpath', 'pathlib.Path', 'pathlib.PurePath', 'builtins.str', 'os.fspath'].includes(q)) return again(e.args[0]);
      if (e.fn.k === 'attr' && ['resolve', 'absolute'].includes(e.fn.attr)) return again(e.fn.obj);
      if (e.fn.k === 'attr' && e.fn.attr === 'joinpath') {
        const base = again(e.fn.obj);
        const rel = again(e.args[0]);
        return base === null || rel === null ? null : joinPath(base, rel);
      }
      return null;
    }
    default:
      return null;
  }
}

/**
 * A directory as configured: a path built from `__file__` is already repository-relative; a bare
 * relative string is read against the process's working directory, which Assay takes to be the
 * configuring file's folder, then the repository root.
 */
function dirsOf(e: Expr | undefined, file: FileFactsData, names: ReadonlyMap<string, Expr>, base = dirOf(file.path)): string[] {
  if (!e) return [];
  if (e.k === 'seq') return e.items.flatMap((i) => dirsOf(i, file, names, base));
  const literal = e.k === 'const' || (e.k === 'name' && names.get(e.id)?.k === 'const');
  const p = pathOf(e, file, names);
  if (p === null) return [];
  const dirs = literal ? [joinPath(base, p), joinPath('', p)] : [joinPath('', p)];
  return [...new Set(dirs.filter((d): d is string => d !== null))];
}

const kw = (c: Extract<Expr, { k: 'call' }>, name: string) => c.kw.find(([k]) => k === name)?.[1];

function constStrings(e: Expr | undefined): string[] {
  if (!e) return [];
  if (e.k === 'const') return typeof e.v === 'string' ? [e.v] : Array.isArray(e.v) ? e.v.filter((x): x is string => typeof x === 'string') : [];
  if (e.k === 'seq') return e.items.flatMap(constStrings);
  return [];
}

function dictGet(e: Expr | undefined, key: string): Expr | undefined {
  if (e?.k !== 'dict') return undefined;
  return e.entries.find(([k]) => k?.k === 'const' && k.v === key)?.[1];
}

interface DjangoSettings {
  file: string;
  dirs: string[];
  appDirs: boolean;
  /** The app_directories loader is listed before the filesystem one. */
  appsFirst: boolean;
  apps: string[];
}

/** The callees whose arguments `readCall` reads a template folder or loader from. */
const CONFIGURING_CALLS = new Set(['flask.Flask', 'quart.Quart', 'flask.Blueprint', 'flask.blueprints.Blueprint', 'tornado.web.Application', ...JINJA_FS, ...JINJA_PACKAGE, ...MAKO_LOOKUP]);
const SETTINGS_PATH = /(^|\.)settings(\.|$)|settings\.py$/;

/**
 * Whether `read` could find anything in the file, from what needs no function body: bodies stay
 * encoded until read (analyzer/pool/outcome-codec.ts), and decoding every body of a project costs
 * more than the rest of this class. `calls` holds every static callee of the file; a Django settings
 * file is recognised by its path; a Tornado settings dict spells its key.
 */
function mayConfigureTemplates(file: FileFactsData): boolean {
  return SETTINGS_PATH.test(file.path.replace(/\//g, '.')) || file.calls.some((q) => CONFIGURING_CALLS.has(q)) || file.lines.some((l) => l.includes('template_path'));
}

/** Every template search path the project configures. */
export class TemplateLookups {
  private readonly flaskApps: Folder[] = [];
  private readonly blueprints: Folder[] = [];
  private readonly tornado: Folder[] = [];
  private tornadoApps = 0;
  private readonly loaders: Loader[] = [];
  private readonly django: DjangoSettings[] = [];
  private readonly packages = new Map<string, string>();
  private readonly appTemplateDirs: string[];

  constructor(files: readonly FileFactsData[], templatePaths: readonly string[]) {
    for (const f of files) {
      const m = /^(.*)\/__init__\.py$/.exec(f.path);
      if (m) this.packages.set(f.module, m[1]!);
      else if (f.path === '__init__.py') this.packages.set(f.module, '');
    }
    for (const f of files) if (mayConfigureTemplates(f)) this.read(f);
    // Django's app directories: `<app>/templates`, for every folder holding templates next to a package.
    const dirs = new Set<string>();
    for (const p of templatePaths) {
      const m = /^(?:(.*)\/)?templates\//.exec(p);
      if (m && [...this.packages.values()].includes(m[1] ?? '')) dirs.add(m[1] ? `${m[1]}/templates` : 'templates');
    }
    this.appTemplateDirs = [...dirs].sort();
  }

  private read(file: FileFactsData): void {
    const names = moduleNames(file);
    const here = dirOf(file.path);
    for (const fn of file.functions) {
      for (const s of statements(fn.body)) {
        const value = s.k === 'assign' ? s.value : s.k === 'expr' ? s.e : s.k === 'return' ? s.e : null;
        if (!value) continue;
        const target = s.k === 'assign' ? s.targets[0] : undefined;
        const bound = target?.k === 'name' ? target.id : target?.k === 'attr' ? target.attr : null;
        if (s.k === 'assign' && target?.k === 'name' && target.id === 'TEMPLATES' && SETTINGS_PATH.test(file.path.replace(/\//g, '.'))) this.readDjango(file, value, names);
        for (const c of callsIn(value)) this.readCall(file, c, bound, names, here, value);
        // `settings = dict(template_path=…)` / `{"template_path": …}` handed to tornado.web.Application(**settings).
        const tp = dictGet(value, 'template_path');
        if (tp && fn.id.endsWith('<module>')) for (const d of dirsOf(tp, file, names)) this.tornado.push({ file: file.path, dir: d });
      }
    }
  }

  private readCall(file: FileFactsData, c: Extract<Expr, { k: 'call' }>, bound: string | null, names: ReadonlyMap<string, Expr>, here: string, stmt: Expr): void {
    const q = c.q ?? '';
    if (q === 'flask.Flask' || q === 'quart.Quart') {
      const folder = kw(c, 'template_folder');
      const dirs = folder ? dirsOf(folder, file, names, here).slice(0, 1) : [joinPath(here, 'templates')!];
      for (const d of dirs) this.flaskApps.push({ file: file.path, dir: d });
    } else if (q === 'flask.Blueprint' || q === 'flask.blueprints.Blueprint') {
      const folder = kw(c, 'template_folder');
      if (folder) for (const d of dirsOf(folder, file, names, here).slice(0, 1)) this.blueprints.push({ file: file.path, dir: d });
    } else if (q === 'tornado.web.Application') {
      this.tornadoApps++;
      for (const d of dirsOf(kw(c, 'template_path'), file, names)) this.tornado.push({ file: file.path, dir: d });
    } else if (JINJA_FS.has(q) || MAKO_LOOKUP.has(q) || JINJA_PACKAGE.has(q)) {
      const aiohttp = callsInclude(stmt, 'aiohttp_jinja2.setup');
      if (JINJA_PACKAGE.has(q)) {
        const pkg = constStrings(c.args[0] ?? kw(c, 'package_name'))[0];
        const sub = constStrings(c.args[1] ?? kw(c, 'package_path'))[0] ?? 'templates';
        const root = pkg !== undefined ? this.packages.get(pkg) : undefined;
        const dir = root !== undefined ? joinPath(root, sub) : null;
        if (dir !== null) this.loaders.push({ file: file.path, bound, dirs: [dir], aiohttp });
        return;
      }
      const dirs = dirsOf(MAKO_LOOKUP.has(q) ? kw(c, 'directories') : (c.args[0] ?? kw(c, 'searchpath')), file, names);
      const filters = MAKO_LOOKUP.has(q) ? constStrings(kw(c, 'default_filters')) : [];
      this.loaders.push({ file: file.path, bound, dirs, aiohttp, ...(MAKO_LOOKUP.has(q) ? { escapes: filters.some((f) => HTML_ESCAPING_FILTERS.has(f)) } : {}) });
    }
  }

  private readDjango(file: FileFactsData, value: Expr, names: ReadonlyMap<string, Expr>): void {
    const engine = value.k === 'seq' ? value.items.find((i) => /django/.test(constStrings(dictGet(i, 'BACKEND'))[0] ?? 'django')) : undefined;
    if (!engine) return;
    const dirs = dirsOf(dictGet(engine, 'DIRS'), file, names);
    const appDirs = dictGet(engine, 'APP_DIRS');
    const loaders = constStrings(dictGet(dictGet(engine, 'OPTIONS'), 'loaders'));
    const order = loaders.map((l) => (/app_directories/.test(l) ? 'apps' : /filesystem/.test(l) ? 'dirs' : ''));
    const installed = names.get('INSTALLED_APPS');
    this.django.push({
      file: file.path,
      dirs,
      appDirs: (appDirs?.k === 'const' && appDirs.v === true) || order.includes('apps'),
      appsFirst: order.indexOf('apps') >= 0 && (order.indexOf('dirs') < 0 || order.indexOf('apps') < order.indexOf('dirs')),
      apps: constStrings(installed),
    });
  }

  /** The directories a render through `via` from the file `from` searches, or null when the project configures none. */
  searchPath(via: LookupVia, from: string): SearchPath | null {
    const near = <T extends { file: string }>(list: readonly T[]): T[] => nearest(list, from, (x) => x.file);
    if (via === 'flask') {
      const apps = near(this.flaskApps);
      if (apps.length === 0) return null;
      return { dirs: unique([...apps.map((a) => a.dir), ...this.blueprints.map((b) => b.dir)]) };
    }
    if (via === 'tornado') {
      const apps = near(this.tornado);
      if (apps.length === 0 && this.tornadoApps === 0) return null;
      // Without template_path Tornado reads templates beside the handler's module.
      return { dirs: apps.length > 0 ? unique(apps.map((a) => a.dir)) : [dirOf(from)] };
    }
    if (via === 'django') {
      const s = near(this.django)[0];
      if (!s) return null;
      const apps = s.appDirs ? this.installedAppDirs(s) : [];
      return { dirs: unique(s.appsFirst ? [...apps, ...s.dirs] : [...s.dirs, ...apps]) };
    }
    const loaders = via === 'aiohttp' ? this.loaders.filter((l) => l.aiohttp) : this.loaders.filter((l) => l.bound === via.loader);
    const mine = loaders.filter((l) => l.file === from);
    const chosen = mine.length > 0 ? mine : near(loaders);
    if (chosen.length === 0) return null;
    const escapes = chosen.find((l) => l.escapes !== undefined)?.escapes;
    return { dirs: unique(chosen.flatMap((l) => l.dirs)), ...(escapes !== undefined ? { escapes } : {}) };
  }

  /**
   * INSTALLED_APPS entries that are no package of the repository (`django.contrib.admin`,
   * `allauth.account`), by their last name: the template folder an installed app ships (`admin/`, `account/`).
   */
  externalApps(): string[] {
    const out = new Set<string>();
    for (const s of this.django) {
      for (const a of s.apps) {
        const pkg = a.replace(/\.apps\.\w+Config$/, '');
        if (!this.packages.has(pkg)) out.add(pkg.split('.').pop()!);
      }
    }
    return [...out].sort();
  }

  /** `<app>/templates` in INSTALLED_APPS order (apps not in the repository have none here), then the rest. */
  private installedAppDirs(s: DjangoSettings): string[] {
    const listed = s.apps.map((a) => this.packages.get(a.replace(/\.apps\.\w+Config$/, ''))).filter((d): d is string => d !== undefined).map((d) => (d ? `${d}/templates` : 'templates'));
    const known = listed.filter((d) => this.appTemplateDirs.includes(d));
    return s.apps.length > 0 ? known : this.appTemplateDirs;
  }
}

function callsInclude(e: Expr, q: string): boolean {
  for (const c of callsIn(e)) if (c.q === q) return true;
  return false;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function sharedDepth(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * Of several candidates (configurations, template files), the ones whose folder shares the most
 * leading folders with the rendering file's: a repository may hold several apps.
 */
export function nearest<T>(list: readonly T[], from: string, fileOf: (x: T) => string): T[] {
  if (list.length <= 1) return [...list];
  const here = dirOf(from);
  const depth = (x: T) => sharedDepth(here, dirOf(fileOf(x)));
  const best = Math.max(...list.map(depth));
  return list.filter((x) => depth(x) === best);
}
