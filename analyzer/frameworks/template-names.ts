// The templates the project's views render by name, and the ones Assay could not look at: a name
// that resolves to no template file of the repository (as the framework would look it up,
// template-lookup.ts), and a name chosen at run time. What such a render writes, and how it is
// escaped, is not examined by the template rules nor by the dataflow into template files, so the
// scan says so (ScanFacts.unresolvedTemplates / runtimeTemplates, asvs/preconditions.ts).
// Templates of installed packages (Django admin's admin/…, django.contrib.auth's registration/…,
// rest_framework/…, an INSTALLED_APPS entry outside the repository) are not the project's.
import type { FileFactsData } from '../taint/facts.js';
import type { ClassIR, Expr, FunctionIR, Stmt } from '../taint/ir.js';
import type { LookupVia } from './template-lookup.js';
import { ProjectTemplates, type TemplateSource } from './template-files.js';
import { isTemplatePath } from '../template-analysis.js';

/** What the scan could not see of the templates its views render. */
export interface TemplateNameNote {
  /** Distinct template names that resolve to no template file of the repository. */
  unresolved: number;
  /** The first few of them, sorted. */
  unresolvedNames: string[];
  /** Render calls whose template name is computed at run time. */
  runtime: number;
  /** The first few of those calls, as `path:line`. */
  runtimeSites: string[];
}

/** How many names and sites a note lists (the counts say the rest). */
export const NOTE_EXAMPLES = 5;

/** Template folders of packages installed beside the project (Django's admin and auth, DRF's browsable API). */
const PACKAGE_TEMPLATE_DIRS = new Set(['admin', 'registration', 'rest_framework', 'django', 'rest_framework_swagger', 'drf-yasg', 'debug_toolbar']);

type Call = Extract<Expr, { k: 'call' }>;

/** Render calls by callee: where the name is (position, keyword) and whose lookup finds it. */
const RENDER_CALLS: Readonly<Record<string, { arg: number; kw: string; via: LookupVia }>> = {
  'flask.render_template': { arg: 0, kw: 'template_name_or_list', via: 'flask' },
  'flask.templating.render_template': { arg: 0, kw: 'template_name_or_list', via: 'flask' },
  'flask.stream_template': { arg: 0, kw: 'template_name_or_list', via: 'flask' },
  'quart.render_template': { arg: 0, kw: 'template_name_or_list', via: 'flask' },
  'django.shortcuts.render': { arg: 1, kw: 'template_name', via: 'django' },
  'django.template.response.TemplateResponse': { arg: 1, kw: 'template', via: 'django' },
  'django.template.response.SimpleTemplateResponse': { arg: 0, kw: 'template', via: 'django' },
  'django.template.loader.render_to_string': { arg: 0, kw: 'template_name', via: 'django' },
  'django.shortcuts.render_to_response': { arg: 0, kw: 'template_name', via: 'django' },
  'django.template.loader.get_template': { arg: 0, kw: 'template_name', via: 'django' },
  'django.template.loader.select_template': { arg: 0, kw: 'template_name_list', via: 'django' },
  'aiohttp_jinja2.render_template': { arg: 0, kw: 'template_name', via: 'aiohttp' },
  'aiohttp_jinja2.render_string': { arg: 0, kw: 'template_name', via: 'aiohttp' },
};
const TORNADO_HANDLERS = /^tornado\.web\.RequestHandler$/;

function* statements(body: readonly Stmt[]): Generator<Stmt> {
  for (const s of body) {
    yield s;
    if (s.k === 'if') yield* [...statements(s.then), ...statements(s.else)];
    else if (s.k === 'loop') yield* [...statements(s.body), ...statements(s.else)];
    else if (s.k === 'with') yield* statements(s.body);
    else if (s.k === 'try') yield* [...statements(s.body), ...s.handlers.flatMap((h) => [...statements(h)]), ...statements(s.else), ...statements(s.final)];
  }
}

function* callsIn(e: Expr | null | undefined, depth = 0): Generator<Call> {
  if (!e || depth > 12) return;
  switch (e.k) {
    case 'call':
      yield e;
      yield* callsIn(e.fn, depth + 1);
      for (const a of e.args) yield* callsIn(a, depth + 1);
      for (const [, v] of e.kw) yield* callsIn(v, depth + 1);
      return;
    case 'attr':
      return yield* callsIn(e.obj, depth + 1);
    case 'wrap':
      return yield* callsIn(e.e, depth + 1);
    case 'op':
    case 'either':
      for (const p of e.parts) yield* callsIn(p, depth + 1);
      return;
    case 'cond':
      yield* callsIn(e.a, depth + 1);
      return yield* callsIn(e.b, depth + 1);
    case 'seq':
      for (const p of e.items) yield* callsIn(p, depth + 1);
      return;
    case 'dict':
      for (const [, v] of e.entries) yield* callsIn(v, depth + 1);
      return;
    default:
  }
}

function stmtExprs(s: Stmt): Expr[] {
  if (s.k === 'assign') return [s.value];
  if (s.k === 'expr' || s.k === 'yield') return [s.e];
  if (s.k === 'return') return s.e ? [s.e] : [];
  if (s.k === 'with') return s.items.map((i) => i.e);
  return [];
}

interface Where {
  fn: FunctionIR;
  file: FileFactsData;
  cls: ClassIR | undefined;
}

/** The constant names an expression can be (a literal, a list, a conditional, a local or module constant, the class's template_name), or null: chosen at run time. */
function namesOf(e: Expr | undefined, at: Where, depth = 0): string[] | null {
  if (!e || depth > 6) return null;
  const again = (x: Expr) => namesOf(x, at, depth + 1);
  const all = (xs: readonly Expr[]) => {
    const out: string[] = [];
    for (const x of xs) {
      const n = again(x);
      if (n === null) return null;
      out.push(...n);
    }
    return out;
  };
  switch (e.k) {
    case 'const':
      if (typeof e.v === 'string') return [e.v];
      return Array.isArray(e.v) && e.v.every((x) => typeof x === 'string') ? (e.v as string[]) : null;
    case 'seq':
      return all(e.items);
    case 'cond':
      return all([e.a, e.b]);
    case 'wrap':
      return again(e.e);
    case 'name': {
      if (at.fn.params.some((p) => p.name === e.id)) return null;
      const local = [...statements(at.fn.body)].flatMap((s) => (s.k === 'assign' && s.targets.some((t) => t.k === 'name' && t.id === e.id) ? [s.value] : []));
      if (local.length > 0) return all(local);
      const top = at.file.functions.find((f) => f.id === `${at.file.module}.<module>`);
      const module = [...statements(top?.body ?? [])].flatMap((s) => (s.k === 'assign' && !s.aug && s.targets.some((t) => t.k === 'name' && t.id === e.id) ? [s.value] : []));
      return module.length > 0 ? all(module) : null;
    }
    case 'attr': {
      // `self.template_name`: the class's constant (a subclass may set another; those are counted where they set it).
      const own = e.obj.k === 'name' && e.obj.id === 'self' ? at.cls?.fields[e.attr]?.str : undefined;
      return own !== undefined ? [own] : null;
    }
    default:
      return null;
  }
}

const kwOf = (c: Call, name: string) => c.kw.find(([k]) => k === name)?.[1];

/** Tally of the project's render calls, by what became of their names. */
class Tally {
  readonly unresolved = new Set<string>();
  readonly runtimeSites: string[] = [];
  runtime = 0;

  constructor(
    private readonly templates: ProjectTemplates,
    private readonly external: ReadonlySet<string>,
  ) {}

  /** A render by these names from `from` through `via`: found when any of them is a file of the repository. */
  names(names: readonly string[], from: string, via: LookupVia): void {
    const ours = names.filter((n) => isTemplatePath(n) && !this.external.has(n.replace(/^\/+/, '').split('/')[0]!));
    if (ours.length === 0 || ours.length < names.length) return;
    if (ours.some((n) => this.templates.resolve(n, from, via).length > 0)) return;
    for (const n of ours) this.unresolved.add(n);
  }

  chosenAtRunTime(path: string, line: number): void {
    this.runtime++;
    if (this.runtimeSites.length < NOTE_EXAMPLES) this.runtimeSites.push(`${path}:${line}`);
  }

  note(): TemplateNameNote {
    return { unresolved: this.unresolved.size, unresolvedNames: [...this.unresolved].sort().slice(0, NOTE_EXAMPLES), runtime: this.runtime, runtimeSites: this.runtimeSites };
  }
}

function renderCall(c: Call, at: Where, templates: ProjectTemplates, tally: Tally): void {
  const spec = c.q ? RENDER_CALLS[c.q] : undefined;
  let nameExpr: Expr | undefined;
  let via: LookupVia | undefined;
  if (spec) {
    nameExpr = c.args[spec.arg] ?? kwOf(c, spec.kw);
    via = spec.via;
  } else if (c.fn.k === 'attr' && (c.fn.attr === 'render' || c.fn.attr === 'render_string') && c.fn.obj.k === 'name' && c.fn.obj.id === 'self' && at.cls?.bases.some((b) => TORNADO_HANDLERS.test(b))) {
    nameExpr = c.args[0] ?? kwOf(c, 'template_name');
    via = 'tornado';
  } else if (c.fn.k === 'attr' && c.fn.attr === 'get_template' && (c.fn.obj.k === 'name' || c.fn.obj.k === 'attr')) {
    // A Jinja2 Environment / Mako TemplateLookup the project configures: its loader decides.
    const loader = c.fn.obj.k === 'name' ? c.fn.obj.id : c.fn.obj.attr;
    if (!templates.configures({ loader }, at.file.path)) return;
    nameExpr = c.args[0] ?? kwOf(c, 'name') ?? kwOf(c, 'uri');
    via = { loader };
  }
  if (!via || !nameExpr) return;
  const names = namesOf(nameExpr, at);
  if (names === null) tally.chosenAtRunTime(at.file.path, c.loc[0]);
  else tally.names(names, at.file.path, via);
}

/**
 * Whether `renderCall` could match a call of the file, from what needs no function body (bodies are
 * decoded on each read, analyzer/pool/outcome-codec.ts): a listed render callee among its static
 * callees, a Tornado handler class (`self.render`), or a `get_template` spelled in its source.
 */
function mayRender(file: FileFactsData): boolean {
  return (
    file.calls.some((q) => Object.hasOwn(RENDER_CALLS, q)) ||
    file.classes.some((c) => c.bases.some((b) => TORNADO_HANDLERS.test(b))) ||
    file.lines.some((l) => l.includes('get_template'))
  );
}

/** The note on the templates a project renders by name: how many it could not find, how many are chosen at run time. */
export function templateNameNote(files: readonly FileFactsData[], sources: readonly TemplateSource[]): TemplateNameNote {
  const templates = new ProjectTemplates(sources, files);
  const tally = new Tally(templates, new Set([...PACKAGE_TEMPLATE_DIRS, ...templates.externalApps()]));
  for (const file of files) {
    if (mayRender(file)) {
      const classes = new Map(file.classes.map((c) => [c.id, c]));
      for (const fn of file.functions) {
        const at: Where = { fn, file, cls: fn.cls ? classes.get(fn.cls) : undefined };
        for (const s of statements(fn.body)) for (const e of stmtExprs(s)) for (const c of callsIn(e)) renderCall(c, at, templates, tally);
      }
    }
    // Class-based views name their template in a field (`template_name = "shop/detail.html"`); Django looks it up.
    for (const cls of file.classes) {
      const name = cls.fields.template_name?.str;
      if (name !== undefined) tally.names([name], file.path, 'django');
    }
  }
  return tally.note();
}

/** The note in words (CLI summary, SARIF), or null when every rendered template was examined; `shown` makes repository text safe to print. */
export function templateNameNoteText(note: TemplateNameNote | undefined, shown: (text: string) => string = (t) => t): string | null {
  if (!note || (note.unresolved === 0 && note.runtime === 0)) return null;
  const list = (items: readonly string[], total: number) => items.map(shown).join(', ') + (total > items.length ? ', …' : '');
  const parts: string[] = [];
  if (note.unresolved > 0) {
    const one = note.unresolved === 1;
    parts.push(`${note.unresolved} template ${one ? 'name' : 'names'} the views render ${one ? 'resolves' : 'resolve'} to no template file in the repository (${list(note.unresolvedNames, note.unresolved)})`);
  }
  if (note.runtime > 0) parts.push(`${note.runtime} render ${note.runtime === 1 ? 'call has its' : 'calls have their'} template chosen at run time (${list(note.runtimeSites, note.runtime)})`);
  return `Templates not examined: ${parts.join('; ')}. What ${note.unresolved + note.runtime === 1 ? 'it writes' : 'they write'} is not checked for output encoding.`;
}
