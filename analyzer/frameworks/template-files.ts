// The project's template files as the views that render them see them: which file a
// `render_template("x.html", …)` / `render(request, "x.html", {…})` / `self.render("x.html", …)` /
// `lookup.get_template("x.html").render(…)` names, and where that file writes each variable the
// view passes where autoescaping does not protect it (template-output-contexts.ts). The texts come
// from the discovery's file list (size-capped, no symlink followed out of the repository): the
// repository's text, read as inert data.
import { createHash } from 'node:crypto';
import { riskyOutputs, type OutputContext } from './template-output-contexts.js';

export interface TemplateSource {
  path: string;
  text: string;
}

/** A variable the template writes where escaping does not protect it. */
export interface TemplateUse {
  /** The context variable (a loop variable is reported as the sequence it iterates). */
  variable: string;
  context: OutputContext;
  path: string;
  line: number;
}

/** What a sink asks of the project's templates (frameworks/model.ts CallView.templates). */
export interface TemplateFiles {
  /** The risky writes of the template that code in the file `from` renders by `name`. */
  uses(name: string, from: string): readonly TemplateUse[];
}

/** Templates larger than this are not read for contexts (a generated page, a bundle). */
export const MAX_TEMPLATE_CONTEXT_CHARS = 512 * 1024;
const MAX_NAME = 300;

// `{% for a, b in items %}`, `{% set x = y %}`, `{% with x=y %}`: names bound to a context variable.
const FOR = /\{%-?\s*for\s+([\w\s,()]+?)\s+in\s+([A-Za-z_]\w*)/g;
const SET = /\{%-?\s*set\s+([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)/g;
const WITH = /\{%-?\s*with\s+([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)/g;
const WITH_AS = /\{%-?\s*with\s+([A-Za-z_]\w*)[\w.]*\s+as\s+([A-Za-z_]\w*)/g;

/** Template-local names → the context variable they come from. */
export function templateAliases(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(FOR)) for (const n of m[1]!.split(/[\s,()]+/)) if (n) out.set(n, m[2]!);
  for (const m of text.matchAll(SET)) out.set(m[1]!, m[2]!);
  for (const m of text.matchAll(WITH)) out.set(m[1]!, m[2]!);
  for (const m of text.matchAll(WITH_AS)) out.set(m[2]!, m[1]!);
  return out;
}

const MAKO_TAGS = /<%(?:inherit|def|namespace|page|include|block)\b|^\s*%\s*(?:if|for|endif|endfor)\b/m;

/** Mako's own files (`.mako`), or HTML written in its tags. */
export function isMako(file: TemplateSource): boolean {
  return /\.(mako|mak)$/i.test(file.path) || MAKO_TAGS.test(file.text);
}

/** The context variable a template-local name comes from (itself when none). */
export function resolveAlias(alias: ReadonlyMap<string, string>, name: string): string {
  let n = name;
  for (let i = 0; i < 4 && alias.has(n) && alias.get(n) !== n; i++) n = alias.get(n)!;
  return n;
}

function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function analyse(file: TemplateSource, macros: ReadonlyMap<string, Macro>): TemplateUse[] {
  if (file.text.length > MAX_TEMPLATE_CONTEXT_CHARS) return [];
  const alias = templateAliases(file.text);
  const resolve = (name: string) => resolveAlias(alias, name);
  const direct = riskyOutputs(file.text, isMako(file)).map((o) => ({ name: o.name, context: o.context, offset: o.offset }));
  const viaMacros = macros.size > 0 ? macroArguments(file.text, macros) : [];
  return [...direct, ...viaMacros].map((o) => ({ variable: resolve(o.name), context: o.context, path: file.path, line: lineAt(file.text, o.offset) }));
}

/** A macro's parameters, and the contexts its body writes some of them in where escaping does not protect them. */
interface Macro {
  params: string[];
  risky: Map<string, OutputContext>;
}

const MACRO = /\{%-?\s*macro\s+([A-Za-z_]\w*)\s*\(([^)]*)\)\s*-?%\}([\s\S]*?)\{%-?\s*endmacro\s*-?%\}/g;
const FROM_IMPORT = /\{%-?\s*from\s+(['"])([^'"]{1,300})\1\s+import\s+([\w\s,]+?)\s*(?:with(?:out)?\s+context\s*)?-?%\}/g;
const IMPORT_AS = /\{%-?\s*import\s+(['"])([^'"]{1,300})\1\s+as\s+([A-Za-z_]\w*)/g;
const MACRO_CALL = /\{\{-?\s*([A-Za-z_][\w.]*)\s*\(([^{}]*)\)/g;

function macrosIn(text: string): Map<string, Macro> {
  const out = new Map<string, Macro>();
  if (text.length > MAX_TEMPLATE_CONTEXT_CHARS || !text.includes('macro')) return out;
  for (const m of text.matchAll(MACRO)) {
    const params = m[2]!.split(',').map((p) => p.split('=')[0]!.trim()).filter(Boolean);
    const risky = new Map<string, OutputContext>();
    for (const o of riskyOutputs(m[3]!)) if (params.includes(o.name) && !risky.has(o.name)) risky.set(o.name, o.context);
    if (risky.size > 0) out.set(m[1]!, { params, risky });
  }
  return out;
}

/** Top-level comma-separated arguments of a call's text (quotes and brackets kept whole). */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/** Variables handed to a macro parameter its body writes unprotected: `{{ back_link(back) }}`. */
function macroArguments(text: string, macros: ReadonlyMap<string, Macro>): Array<{ name: string; context: OutputContext; offset: number }> {
  const out: Array<{ name: string; context: OutputContext; offset: number }> = [];
  for (const m of text.matchAll(MACRO_CALL)) {
    const macro = macros.get(m[1]!);
    if (!macro) continue;
    splitArgs(m[2]!).forEach((arg, i) => {
      const kw = /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]*)$/.exec(arg);
      const param = kw ? kw[1]! : macro.params[i];
      const value = kw ? kw[2]! : arg;
      const context = param ? macro.risky.get(param) : undefined;
      const root = /^[A-Za-z_]\w*/.exec(value)?.[0];
      if (!context || !root || ['true', 'false', 'none', 'True', 'False', 'None'].includes(root)) return;
      // A filter after the argument that neutralises it in that context is judged by the body's rules.
      if (/\|\s*(tojson|urlencode|int|float|length|count|e|escape)\b/.test(value) && context !== 'safe-filter') return;
      out.push({ name: root, context, offset: m.index });
    });
  }
  return out;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

function sharedDepth(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

export class ProjectTemplates implements TemplateFiles {
  private readonly files: readonly TemplateSource[];
  private readonly analysed = new Map<string, TemplateUse[]>();
  private readonly resolved = new Map<string, readonly TemplateUse[]>();

  constructor(files: readonly TemplateSource[]) {
    this.files = files;
  }

  /**
   * A template name resolves to the files whose path ends with it (every framework looks it up
   * below a templates folder: Flask's app and blueprint folders, Django's app dirs and DIRS,
   * FileSystemLoader, template_path); of several, the ones nearest the rendering file.
   */
  candidates(name: string, from: string): TemplateSource[] {
    const clean = name.replace(/^\.?\/+/, '');
    if (!clean || clean.length > MAX_NAME || clean.split('/').includes('..')) return [];
    const found = this.files.filter((f) => f.path === clean || f.path.endsWith(`/${clean}`));
    if (found.length <= 1) return found;
    const dir = dirOf(from);
    const depth = (f: TemplateSource) => sharedDepth(dir, dirOf(f.path));
    const best = Math.max(...found.map(depth));
    return found.filter((f) => depth(f) === best);
  }

  /** The macros a template defines and imports (`{% from "m.html" import a %}`, `{% import "m.html" as m %}`). */
  private macrosFor(file: TemplateSource): Map<string, Macro> {
    const out = macrosIn(file.text);
    if (file.text.length > MAX_TEMPLATE_CONTEXT_CHARS) return out;
    const imported = (name: string) => this.candidates(name, file.path).map((f) => macrosIn(f.text));
    for (const m of file.text.matchAll(FROM_IMPORT)) {
      const wanted = m[3]!.split(',').map((n) => n.trim().split(/\s+as\s+/));
      for (const defs of imported(m[2]!)) {
        for (const [orig, as] of wanted) {
          const macro = orig ? defs.get(orig) : undefined;
          if (macro) out.set(as ?? orig!, macro);
        }
      }
    }
    for (const m of file.text.matchAll(IMPORT_AS)) for (const defs of imported(m[2]!)) for (const [n, macro] of defs) out.set(`${m[3]}.${n}`, macro);
    return out;
  }

  uses(name: string, from: string): readonly TemplateUse[] {
    const key = `${from}\u0000${name}`;
    let out = this.resolved.get(key);
    if (out) return out;
    out = this.candidates(name, from).flatMap((f) => {
      let uses = this.analysed.get(f.path);
      if (!uses) this.analysed.set(f.path, (uses = analyse(f, this.macrosFor(f))));
      return uses;
    });
    this.resolved.set(key, out);
    return out;
  }
}

const CONTEXT_WORDS: Record<OutputContext, string> = {
  script: 'inside a <script> block',
  'event-handler': 'inside an on* event handler attribute',
  'unquoted-attribute': 'in an unquoted attribute',
  url: 'at the start of a URL attribute, where a javascript: URL runs',
  'safe-filter': 'with escaping turned off',
};

/** Finds the `path:line` of each use named in a finding's message by describeUses. */
export const TEMPLATE_USE = /(?:^|[(;] ?)([^\s();]+:\d+) writes [A-Za-z_]\w* with escaping turned off/g;

/** `templates/search.html:7 writes term inside a <script> block`, for the uses of these variables. */
export function describeUses(uses: readonly TemplateUse[], variables: ReadonlySet<string>): string | undefined {
  const shown = uses.filter((u) => variables.has(u.variable)).slice(0, 3);
  if (shown.length === 0) return undefined;
  return shown.map((u) => `${u.path}:${u.line} writes ${u.variable} ${CONTEXT_WORDS[u.context]}`).join('; ');
}

/** One digest of every template's path and text (a changed template changes what renders raw). */
export function templatesDigest(files: readonly TemplateSource[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) h.update(`${f.path}\0${f.text}\0`);
  return h.digest('hex');
}

const DECORATOR_NAME = /\(\s*(?:template_name\s*=\s*)?(['"])([^'"\n]{1,300})\1/;

/** The template a decorator of the function renders its returned dict with, by the decorator's text. */
export function decoratorTemplate(decorators: readonly string[], qualified: readonly string[], known: ReadonlySet<string>): string | undefined {
  const i = qualified.findIndex((q) => known.has(q));
  return i < 0 ? undefined : DECORATOR_NAME.exec(decorators[i] ?? '')?.[2];
}

/** The risky uses of a template, split by the sink kind that reports them. */
export function usesByKind(uses: readonly TemplateUse[]): Array<{ kind: 'xss' | 'script-url'; uses: TemplateUse[] }> {
  return (['xss', 'script-url'] as const).map((kind) => ({ kind, uses: uses.filter((u) => (u.context === 'url') === (kind === 'script-url')) })).filter((g) => g.uses.length > 0);
}
