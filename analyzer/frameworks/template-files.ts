// The project's template files as the views that render them see them: which file a
// `render_template("x.html", …)` / `render(request, "x.html", {…})` / `self.render("x.html", …)` /
// `lookup.get_template("x.html").render(…)` names (looked up as the framework does,
// template-lookup.ts), and where that file, or a template it includes or extends, writes each
// variable the view passes where autoescaping does not protect it (template-output-contexts.ts).
// The texts come from the discovery's file list (size-capped, no symlink followed out of the
// repository): the repository's text, read as inert data.
import { createHash } from 'node:crypto';
import type { FileFactsData } from '../taint/facts.js';
import type { SinkSite } from '../taint/program.js';
import { riskyOutputs, type OutputContext } from './template-output-contexts.js';
import { FROM_IMPORT, IMPORT_AS, macroArguments, macrosIn, type Macro } from './template-macros.js';
import { nearest, TemplateLookups, type LookupVia, type SearchPath } from './template-lookup.js';

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
  column: number;
  /** The line's text, trimmed. */
  snippet: string;
  /** The `{% block %}` the write is in (a child template may replace it). */
  block?: string;
  /** How the rendered template reaches this file: `templates/page.html extends templates/base.html`. */
  via?: string;
}

/** What a sink asks of the project's templates (frameworks/model.ts CallView.templates). */
export interface TemplateFiles {
  /** The risky writes of the template that code in the file `from` renders by `name` (through `via`'s lookup). */
  uses(name: string, from: string, via?: LookupVia): readonly TemplateUse[];
  /** The files that name resolves to (none: the framework would not find it). */
  resolve(name: string, from: string, via: LookupVia): string[];
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

function positionOf(text: string, offset: number): { line: number; column: number; snippet: string } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const lineEnd = text.indexOf('\n', lineStart);
  const raw = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return { line, column: offset - lineStart + 1, snippet: raw.trim().slice(0, 200) };
}

/** A template another one pulls in: `{% include "x" with a=b only %}`, `<%include file="x"/>`. */
interface Include {
  name: string;
  offset: number;
  /** `with a=b`: the included template's `a` is the includer's `b`. */
  rename: Map<string, string>;
  /** `only` / `without context`: nothing else of the context is passed. */
  only: boolean;
}

interface Block {
  name: string;
  from: number;
  to: number;
  /** `{{ super() }}` / `{{ block.super }}` / `${parent.x()}`: the parent's content is kept. */
  keepsParent: boolean;
}

/** What one template file does by itself: its risky writes, what it includes and extends, its blocks. */
interface FileAnalysis {
  uses: TemplateUse[];
  includes: Include[];
  parent: string | null;
  blocks: Block[];
}

const INCLUDE = /\{%-?\s*include\s+(?:\[\s*)?(['"])([^'"\n]{1,300})\1([^%]*)%\}/g;
const MAKO_INCLUDE = /<%include\s+file\s*=\s*(['"])([^'"\n]{1,300})\1[^>]*>/g;
const EXTENDS = /\{%-?\s*extends\s+(['"])([^'"\n]{1,300})\1\s*-?%\}/;
const MAKO_INHERIT = /<%inherit\s+file\s*=\s*(['"])([^'"\n]{1,300})\1[^>]*>/;
const BLOCK_TAG = /\{%-?\s*(block|endblock)\b\s*([A-Za-z_]\w*)?[^%]*%\}/g;
const MAKO_BLOCK_TAG = /<%block\s+name\s*=\s*(['"])([A-Za-z_]\w*)\1[^>]*>|<\/%block>/g;
const KEEPS_PARENT = /\{\{-?\s*(?:super\(\s*\)|block\.super)|\$\{\s*parent\.\w+\(/;
/** Templates followed from one render (the rendered one, what it includes, its parents …). */
const MAX_CHAIN = 8;

function blocksOf(text: string, mako: boolean): Block[] {
  const out: Block[] = [];
  const open: Array<{ name: string; from: number }> = [];
  for (const m of text.matchAll(mako ? MAKO_BLOCK_TAG : BLOCK_TAG)) {
    const opening = mako ? m[0].startsWith('<%block') : m[1] === 'block';
    if (opening && m[2]) open.push({ name: m[2], from: m.index });
    else if (!opening) {
      const b = open.pop();
      if (b) out.push({ ...b, to: m.index + m[0].length, keepsParent: KEEPS_PARENT.test(text.slice(b.from, m.index)) });
    }
  }
  return out;
}

function includesOf(text: string, mako: boolean): Include[] {
  const out: Include[] = [];
  for (const m of text.matchAll(mako ? MAKO_INCLUDE : INCLUDE)) {
    const rest = mako ? '' : m[3]!;
    const rename = new Map<string, string>();
    const withPart = /\bwith\s+(.*?)(?:\bonly\b|-?\s*$)/.exec(rest)?.[1] ?? '';
    for (const kv of withPart.matchAll(/([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)/g)) rename.set(kv[1]!, kv[2]!);
    out.push({ name: m[2]!, offset: m.index, rename, only: /\bonly\b|\bwithout\s+context\b/.test(rest) });
  }
  return out;
}

/** The innermost block holding an offset. */
function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  return blocks.filter((b) => offset >= b.from && offset < b.to).sort((a, b) => b.from - a.from)[0];
}

function analyse(file: TemplateSource, macros: ReadonlyMap<string, Macro>, makoEscapes: boolean): FileAnalysis {
  if (file.text.length > MAX_TEMPLATE_CONTEXT_CHARS) return { uses: [], includes: [], parent: null, blocks: [] };
  const mako = isMako(file);
  const alias = templateAliases(file.text);
  const direct = riskyOutputs(file.text, mako, makoEscapes);
  const viaMacros = macros.size > 0 ? macroArguments(file.text, macros) : [];
  const blocks = blocksOf(file.text, mako);
  const uses = [...direct, ...viaMacros].map((o): TemplateUse => {
    const block = blockAt(blocks, o.offset)?.name;
    return { variable: resolveAlias(alias, o.name), context: o.context, path: file.path, ...positionOf(file.text, o.offset), ...(block ? { block } : {}) };
  });
  const parent = (mako ? MAKO_INHERIT : EXTENDS).exec(file.text)?.[2] ?? null;
  return { uses, includes: includesOf(file.text, mako), parent, blocks };
}

/** A template name as a relative path inside the repository, or '' (absolute, `..`, too long). */
function cleanName(name: string): string {
  const clean = name.replace(/^\.?\/+/, '');
  return !clean || clean.length > MAX_NAME || clean.split('/').includes('..') ? '' : clean;
}

export class ProjectTemplates implements TemplateFiles {
  private readonly files: readonly TemplateSource[];
  private readonly byPath: Map<string, TemplateSource>;
  private readonly lookups: TemplateLookups;
  private readonly analysed = new Map<string, FileAnalysis>();
  private readonly resolved = new Map<string, readonly TemplateUse[]>();

  constructor(files: readonly TemplateSource[], facts: readonly FileFactsData[] = []) {
    this.files = files;
    this.byPath = new Map(files.map((f) => [f.path, f]));
    this.lookups = new TemplateLookups(facts, files.map((f) => f.path));
  }

  /**
   * Without a configured search path a name resolves to the files whose path ends with it (every
   * framework looks below a templates folder); of several, the ones nearest the rendering file.
   */
  candidates(name: string, from: string): TemplateSource[] {
    const clean = cleanName(name);
    if (!clean) return [];
    const found = this.files.filter((f) => f.path === clean || f.path.endsWith(`/${clean}`));
    return nearest(found, from, (f) => f.path);
  }

  /**
   * The file a name resolves to: with a search path the project configures, the first directory
   * holding it, as the framework looks it up; a name in none of them resolves to nothing, never to
   * a guess.
   */
  private find(name: string, from: string, search: SearchPath | null): TemplateSource[] {
    const clean = cleanName(name);
    if (!clean) return [];
    if (!search || search.dirs.length === 0) return this.candidates(clean, from);
    for (const d of search.dirs) {
      const f = this.byPath.get(d ? `${d}/${clean}` : clean);
      if (f) return [f];
    }
    return [];
  }

  /** The macros a template defines and imports (`{% from "m.html" import a %}`, `{% import "m.html" as m %}`). */
  private macrosFor(file: TemplateSource, search: SearchPath | null): Map<string, Macro> {
    const out = macrosIn(file.text, MAX_TEMPLATE_CONTEXT_CHARS);
    if (file.text.length > MAX_TEMPLATE_CONTEXT_CHARS) return out;
    const imported = (name: string) => this.find(name, file.path, search).map((f) => macrosIn(f.text, MAX_TEMPLATE_CONTEXT_CHARS));
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

  private analysis(file: TemplateSource, search: SearchPath | null): FileAnalysis {
    const key = `${file.path}\u0000${search?.escapes === true}\u0000${search?.dirs.join('\u0001') ?? ''}`;
    let a = this.analysed.get(key);
    if (!a) this.analysed.set(key, (a = analyse(file, this.macrosFor(file, search), search?.escapes === true)));
    return a;
  }

  /**
   * The risky writes of a template and of every template it includes or extends (Mako: includes,
   * inherits), named by the rendered context's variables; a parent's block the child replaces is
   * not rendered. Each file is
   * followed once per chain (cycles), at most MAX_CHAIN files deep.
   */
  private follow(file: TemplateSource, from: string, search: SearchPath | null, seen: ReadonlySet<string>, replaced: ReadonlySet<string>, via: string): TemplateUse[] {
    const chain = new Set([...seen, file.path]);
    const a = this.analysis(file, search);
    const next = (name: string) => (chain.size < MAX_CHAIN ? this.find(name, from, search)[0] : undefined);
    const parent = a.parent ? next(a.parent) : undefined;
    // A Jinja2/Django template that extends another renders only its blocks; a Mako one is its parent's `${self.body()}`.
    const onlyBlocks = parent !== undefined && !isMako(file);
    const rendered = (block: string | undefined) => (block === undefined ? !onlyBlocks : !replaced.has(block));
    const out: TemplateUse[] = a.uses.filter((u) => rendered(u.block)).map((u) => (via ? { ...u, via } : u));
    const alias = a.includes.length > 0 ? templateAliases(file.text) : new Map<string, string>();
    for (const inc of a.includes) {
      if (!rendered(blockAt(a.blocks, inc.offset)?.name)) continue;
      const child = next(inc.name);
      if (!child || chain.has(child.path)) continue;
      for (const u of this.follow(child, from, search, chain, new Set(), `${via || file.path} includes ${child.path}`)) {
        const outer = inc.rename.get(u.variable) ?? (inc.only ? undefined : u.variable);
        if (outer !== undefined) out.push({ ...u, variable: resolveAlias(alias, outer) });
      }
    }
    if (parent && !chain.has(parent.path)) {
      const mine = a.blocks.filter((b) => !b.keepsParent).map((b) => b.name);
      out.push(...this.follow(parent, from, search, chain, new Set([...replaced, ...mine]), `${via || file.path} extends ${parent.path}`));
    }
    return out;
  }

  /** The files a name rendered from `from` through `via`'s lookup resolves to. */
  resolve(name: string, from: string, via: LookupVia): string[] {
    return this.find(name, from, this.lookups.searchPath(via, from)).map((f) => f.path);
  }

  /** Whether the project configures where a render through `via` from `from` looks its templates up. */
  configures(via: LookupVia, from: string): boolean {
    return this.lookups.searchPath(via, from) !== null;
  }

  /** The template folders of installed apps outside the repository (TemplateLookups.externalApps). */
  externalApps(): string[] {
    return this.lookups.externalApps();
  }

  uses(name: string, from: string, via?: LookupVia): readonly TemplateUse[] {
    const key = `${from}\u0000${name}\u0000${JSON.stringify(via ?? null)}`;
    let out = this.resolved.get(key);
    if (out) return out;
    const search = via ? this.lookups.searchPath(via, from) : null;
    out = this.find(name, from, search).flatMap((f) => this.follow(f, from, search, new Set(), new Set(), ''));
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

/** The uses a finding about these variables names: the first few, in template order. */
function shownUses(uses: readonly TemplateUse[], variables: ReadonlySet<string>, most: number): TemplateUse[] {
  return uses.filter((u) => variables.has(u.variable)).slice(0, most);
}

/** `templates/search.html:7 writes term inside a <script> block`, for the uses of these variables. */
export function describeUses(uses: readonly TemplateUse[], variables: ReadonlySet<string>): string | undefined {
  const shown = shownUses(uses, variables, 3);
  if (shown.length === 0) return undefined;
  return shown.map((u) => `${u.path}:${u.line} writes ${u.variable} ${CONTEXT_WORDS[u.context]}${u.via ? `, through ${u.via}` : ''}`).join('; ');
}

/** The template lines a finding about these variables ends at (its trace's last steps). */
export function usesSites(uses: readonly TemplateUse[], variables: ReadonlySet<string>): SinkSite[] {
  return shownUses(uses, variables, 10).map((u) => ({
    path: u.path,
    line: u.line,
    column: u.column,
    message: `the template writes ${u.variable} ${CONTEXT_WORDS[u.context]}${u.via ? `, through ${u.via}` : ''}`,
    snippet: u.snippet,
  }));
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
