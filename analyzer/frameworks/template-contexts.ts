// What the Python code puts into each template's context, as far as the taint IR shows it: a value
// read straight from the request (Flask's render_template("t.html", banner=request.args[...]),
// Django's render(request, "t.html", {"q": request.GET[...]})), or the model instance a Django
// generic view hands its template (DetailView: `object` and the model's lower-case name). Template
// rules are text-only; this lets a `{{ x|safe }}` whose x is known to be request data or stored
// content be reported as the vulnerability it is, while the rest stay hotspots to review.
import type { FileFactsData } from '../taint/facts.js';
import type { Expr, FunctionIR, Stmt } from '../taint/ir.js';

/** 'server': the view fills it from something that does not read the request (a constant, a setting, rendered HTML). */
export type ContextOrigin = 'request' | 'model' | 'server';

export interface ContextValue {
  origin: ContextOrigin;
  /** Where the value is put into the context: `flask_admin/app.py:31`. */
  where: string;
  /** The file rendering the template, and the framework whose lookup finds it. */
  from: string;
  via: 'flask' | 'django';
}

/** Template name as written in the code (`catalog/product_detail.html`) → variable → origin. */
export type TemplateContexts = Map<string, Map<string, ContextValue>>;

/** Callee → index of the template name argument and of the context dict (null: keyword arguments). */
const RENDERERS: Record<string, { name: number; context: number | null }> = {
  'flask.render_template': { name: 0, context: null },
  'flask.templating.render_template': { name: 0, context: null },
  'django.shortcuts.render': { name: 1, context: 2 },
  'django.shortcuts.render_to_response': { name: 0, context: 1 },
  'django.template.loader.render_to_string': { name: 0, context: 1 },
  'django.template.response.TemplateResponse': { name: 1, context: 2 },
};

const REQUEST_DATA = new Set(['GET', 'POST', 'args', 'form', 'values', 'cookies', 'COOKIES', 'headers', 'data', 'json', 'query_params', 'body', 'files', 'FILES']);
const DETAIL_VIEWS = /(^|\.)(DetailView|UpdateView|DeleteView)$/;

/** Does the expression read client data off the request object (directly, or via a local set from it)? */
function readsRequest(e: Expr | null | undefined, fromRequest: ReadonlySet<string>, depth = 0): boolean {
  if (!e || depth > 12) return false;
  switch (e.k) {
    case 'attr':
      if ((e.q?.startsWith('flask.request.') && REQUEST_DATA.has(e.q.split('.')[2] ?? '')) || (e.obj.k === 'name' && e.obj.id === 'request' && REQUEST_DATA.has(e.attr))) return true;
      if (e.obj.k === 'attr' && e.obj.attr === 'request' && REQUEST_DATA.has(e.attr)) return true;
      return readsRequest(e.obj, fromRequest, depth + 1);
    case 'name':
      return fromRequest.has(e.id);
    case 'sub':
      return readsRequest(e.obj, fromRequest, depth + 1);
    case 'call':
      return readsRequest(e.fn, fromRequest, depth + 1) || e.args.some((a) => readsRequest(a, fromRequest, depth + 1)) || e.kw.some(([, v]) => readsRequest(v, fromRequest, depth + 1));
    case 'dict':
      return e.entries.some(([, v]) => readsRequest(v, fromRequest, depth + 1));
    case 'seq':
      return e.items.some((v) => readsRequest(v, fromRequest, depth + 1));
    case 'op':
    case 'either':
      return e.parts.some((p) => readsRequest(p, fromRequest, depth + 1));
    case 'cond':
      return readsRequest(e.a, fromRequest, depth + 1) || readsRequest(e.b, fromRequest, depth + 1);
    case 'wrap':
      return readsRequest(e.e, fromRequest, depth + 1);
    default:
      return false;
  }
}

/**
 * A value known not to be stored or client content: a literal, a module constant (`BANNER`), a
 * setting, or HTML another template rendered (`response.render().content`, `render_to_string`),
 * directly or through a local (`rendered`) built from one.
 */
function serverValue(e: Expr | null | undefined, rendered: ReadonlySet<string>, depth = 0): boolean {
  if (!e || depth > 12) return false;
  switch (e.k) {
    case 'const':
      return true;
    case 'name':
      return /^[A-Z][A-Z0-9_]*$/.test(e.id) || rendered.has(e.id) || /(^|\.)settings\./.test(e.q ?? '');
    case 'attr':
      return (e.obj.k === 'name' && e.obj.id === 'settings') || /(^|\.)settings\./.test(e.q ?? '') || (e.attr === 'content' && serverValue(e.obj, rendered, depth + 1));
    case 'call':
      return (e.fn.k === 'attr' && e.fn.attr === 'render') || /render_to_string$/.test(e.q ?? '') || (/(^|\.)(smart_str|str|force_str|mark_safe)$/.test(e.q ?? '') && e.args.length > 0 && e.args.every((a) => serverValue(a, rendered, depth + 1)));
    case 'seq':
      return e.items.some((v) => serverValue(v, rendered, depth + 1)) && e.items.every((v) => v.k === 'const' || v.k === 'call' || serverValue(v, rendered, depth + 1));
    case 'wrap':
      return serverValue(e.e, rendered, depth + 1);
    default:
      return false;
  }
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

function* calls(e: Expr | null | undefined, depth = 0): Generator<Extract<Expr, { k: 'call' }>> {
  if (!e || depth > 12) return;
  if (e.k === 'call') {
    yield e;
    for (const a of e.args) yield* calls(a, depth + 1);
    for (const [, v] of e.kw) yield* calls(v, depth + 1);
  } else if (e.k === 'wrap') yield* calls(e.e, depth + 1);
}

function stmtExprs(s: Stmt): Expr[] {
  if (s.k === 'assign') return [s.value];
  if (s.k === 'expr') return [s.e];
  if (s.k === 'return' && s.e) return [s.e];
  return [];
}

function add(out: TemplateContexts, template: string, variable: string, value: ContextValue): void {
  let vars = out.get(template);
  if (!vars) out.set(template, (vars = new Map()));
  const rank = (o: ContextOrigin) => (o === 'request' ? 2 : o === 'model' ? 1 : 0);
  const cur = vars.get(variable);
  if (!cur || rank(value.origin) > rank(cur.origin)) vars.set(variable, value);
}

function fromFunction(fn: FunctionIR, file: FileFactsData, out: TemplateContexts): void {
  const fromRequest = new Set<string>();
  for (const s of statements(fn.body)) {
    if (s.k === 'assign' && readsRequest(s.value, fromRequest)) {
      for (const t of s.targets) if (t.k === 'name') fromRequest.add(t.id);
    }
    for (const e of stmtExprs(s)) {
      for (const call of calls(e)) {
        const spec = call.q ? RENDERERS[call.q] : undefined;
        const name = spec ? call.args[spec.name] : undefined;
        if (!spec || name?.k !== 'const' || typeof name.v !== 'string') continue;
        const at = { where: `${file.path}:${call.loc[0]}`, from: file.path, via: call.q!.startsWith('flask.') ? ('flask' as const) : ('django' as const) };
        const entries: Array<[string, Expr]> = [...call.kw];
        const ctx = spec.context === null ? undefined : call.args[spec.context];
        if (ctx?.k === 'dict') for (const [k, v] of ctx.entries) if (k?.k === 'const' && typeof k.v === 'string') entries.push([k.v, v]);
        for (const [variable, value] of entries) {
          if (readsRequest(value, fromRequest)) add(out, name.v, variable, { origin: 'request', ...at });
          else if (serverValue(value, new Set())) add(out, name.v, variable, { origin: 'server', ...at });
        }
      }
    }
  }
}

/** `context["k"] = v` stores and returned dict literals of a class view's get_context_data. */
function contextDataOf(fn: FunctionIR, template: string, at: Omit<ContextValue, 'origin'>, out: TemplateContexts): void {
  const fromRequest = new Set<string>();
  const rendered = new Set<string>();
  for (const s of statements(fn.body)) {
    if (s.k === 'assign') {
      if (readsRequest(s.value, fromRequest)) for (const t of s.targets) if (t.k === 'name') fromRequest.add(t.id);
      if (serverValue(s.value, rendered)) for (const t of s.targets) if (t.k === 'name') rendered.add(t.id);
      for (const t of s.targets) {
        if (t.k !== 'sub' || t.key.k !== 'const' || typeof t.key.v !== 'string') continue;
        if (readsRequest(s.value, fromRequest)) add(out, template, t.key.v, { origin: 'request', ...at });
        else if (serverValue(s.value, rendered)) add(out, template, t.key.v, { origin: 'server', ...at });
      }
    }
    // A list filled with rendered HTML (`sections.append([name, smart_str(resp.content)])`) holds it.
    if (s.k === 'expr' && s.e.k === 'call' && s.e.fn.k === 'attr' && s.e.fn.attr === 'append' && s.e.fn.obj.k === 'name') {
      if (readsRequest(s.e, fromRequest)) fromRequest.add(s.e.fn.obj.id);
      else if (s.e.args[0] && serverValue(s.e.args[0], rendered)) rendered.add(s.e.fn.obj.id);
    }
  }
}

export function templateContexts(files: readonly FileFactsData[]): TemplateContexts {
  const out: TemplateContexts = new Map();
  for (const file of files) {
    // Only a renderer call adds anything, and the file's static callees say whether it has one
    // without decoding its bodies (analyzer/pool/outcome-codec.ts).
    if (file.calls.some((q) => Object.hasOwn(RENDERERS, q))) for (const fn of file.functions) fromFunction(fn, file, out);
    for (const cls of file.classes) {
      const named = cls.fields.template_name?.str;
      const getContext = named ? file.functions.find((f) => f.id === `${cls.id}.get_context_data`) : undefined;
      if (named && getContext) contextDataOf(getContext, named, { where: `${file.path}:${getContext.loc[0]}`, from: file.path, via: 'django' }, out);
      const template = cls.fields.template_name?.str;
      const model = cls.fields.model?.ref;
      if (!template || !model || !cls.bases.some((b) => DETAIL_VIEWS.test(b))) continue;
      const where = `${file.path} (${cls.id.split('.').pop()})`;
      const modelName = model.split('.').pop()!.toLowerCase();
      const objectName = cls.fields.context_object_name?.str;
      for (const variable of new Set(['object', modelName, ...(objectName ? [objectName] : [])])) add(out, template, variable, { origin: 'model', where, from: file.path, via: 'django' });
    }
  }
  return out;
}

/** The files a template name rendered from a file resolves to, as its framework looks it up. */
export type TemplateResolver = (name: string, from: string, via: ContextValue['via']) => readonly string[];

/**
 * The context of the template at `path` (a scanned file), matched by the name the code renders it
 * by; with a resolver, only from the render calls whose lookup finds this very file.
 */
export function contextFor(contexts: TemplateContexts, path: string, resolve?: TemplateResolver): Map<string, ContextValue> | undefined {
  for (const [name, vars] of contexts) {
    if (path !== name && !path.endsWith(`/${name}`)) continue;
    if (!resolve) return vars;
    const mine = new Map([...vars].filter(([, v]) => resolve(name, v.from, v.via).includes(path)));
    if (mine.size > 0) return mine;
  }
  return undefined;
}
