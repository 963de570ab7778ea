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
function aliases(text: string): Map<string, string> {
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

function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function analyse(file: TemplateSource): TemplateUse[] {
  if (file.text.length > MAX_TEMPLATE_CONTEXT_CHARS) return [];
  const alias = aliases(file.text);
  const resolve = (name: string) => {
    let n = name;
    for (let i = 0; i < 4 && alias.has(n) && alias.get(n) !== n; i++) n = alias.get(n)!;
    return n;
  };
  return riskyOutputs(file.text, isMako(file)).map((o) => ({ variable: resolve(o.name), context: o.context, path: file.path, line: lineAt(file.text, o.offset) }));
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

  uses(name: string, from: string): readonly TemplateUse[] {
    const key = `${from}\u0000${name}`;
    let out = this.resolved.get(key);
    if (out) return out;
    out = this.candidates(name, from).flatMap((f) => {
      let uses = this.analysed.get(f.path);
      if (!uses) this.analysed.set(f.path, (uses = analyse(f)));
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
