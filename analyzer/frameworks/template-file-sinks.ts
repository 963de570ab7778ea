// Rendering a template FILE of the project: the variables the view passes are sinks where that file
// writes them beyond the reach of autoescaping (inside <script>, an on* handler, an unquoted
// attribute, with |safe / autoescape off / Mako |n: XSS; at the start of an href/src/action: a
// `javascript:` URL, cleaned only by a scheme check or url_for). The finding sits at the render
// call, where the view can act, and its message names the template line and context.
import type { ConstLit } from '../taint/ir.js';
import type { CallView, FrameworkModel, SinkSpec } from './model.js';
import { describeUses, usesSites, type TemplateUse } from './template-files.js';
import type { LookupVia } from './template-lookup.js';
import { TORNADO_HANDLER } from './tornado/model.js';

type Part = 'html' | 'url';

/** How a renderer names its template and hands its context. */
interface Renderer {
  callees?: readonly string[];
  methods?: readonly string[];
  receivers?: readonly string[];
  /** The template name: a positional index and keyword, or read from the receiver's text. */
  name: { arg: number; kw: string } | 'receiver';
  /** The context dict (position, keyword); absent: the keyword arguments are the context. */
  dict?: { arg: number; kw: string };
  /** Where the framework looks the name up; 'receiver': the loader object the chain starts from. */
  via: LookupVia | 'receiver';
}

const RENDERERS: readonly Renderer[] = [
  { callees: ['flask.render_template', 'flask.templating.render_template', 'quart.render_template'], name: { arg: 0, kw: 'template_name_or_list' }, via: 'flask' },
  { callees: ['django.shortcuts.render', 'django.template.response.TemplateResponse', 'django.template.response.SimpleTemplateResponse'], name: { arg: 1, kw: 'template_name' }, dict: { arg: 2, kw: 'context' }, via: 'django' },
  { callees: ['django.template.loader.render_to_string', 'django.shortcuts.render_to_response'], name: { arg: 0, kw: 'template_name' }, dict: { arg: 1, kw: 'context' }, via: 'django' },
  { callees: ['aiohttp_jinja2.render_template', 'aiohttp_jinja2.render_string'], name: { arg: 0, kw: 'template_name' }, dict: { arg: 2, kw: 'context' }, via: 'aiohttp' },
  { methods: ['render', 'render_string'], receivers: [TORNADO_HANDLER], name: { arg: 0, kw: 'template_name' }, via: 'tornado' },
  // Jinja2's and Mako's `lookup.get_template("x.html").render(v=…)`, written as one chain.
  { methods: ['render', 'render_unicode'], name: 'receiver', via: 'receiver' },
];

const GET_TEMPLATE = /(?:^|[^\w.])([A-Za-z_][\w.]*?)\.get_template\(\s*(?:(?:name|uri|template_name)\s*=\s*)?(['"])([^'"\n]{1,300})\2\s*\)$/;

/** The template's name and how it is looked up (`lookup.get_template("x")`: by the loader `lookup` is bound to). */
function templateName(c: CallView, r: Renderer): { name: string; via: LookupVia } | undefined {
  if (r.name === 'receiver') {
    const m = GET_TEMPLATE.exec(c.receiverText());
    return m ? { name: m[3]!, via: { loader: m[1]!.split('.').pop()! } } : undefined;
  }
  const v: ConstLit | undefined = c.constArg(r.name.arg) ?? c.constKw(r.name.kw);
  return typeof v === 'string' && r.via !== 'receiver' ? { name: v, via: r.via } : undefined;
}

function usesOf(c: CallView, r: Renderer, part: Part): TemplateUse[] {
  const named = templateName(c, r);
  const files = named === undefined ? null : c.templates();
  if (!files || named === undefined) return [];
  return files.uses(named.name, c.path(), named.via).filter((u) => (u.context === 'url') === (part === 'url'));
}

const variables = (uses: readonly TemplateUse[]) => [...new Set(uses.map((u) => u.variable))];

/** Keyword contexts name the client data the call passes; a dict's keys are judged one by one by the engine. */
function passedOf(c: CallView, r: Renderer, part: Part): Set<string> {
  const all = variables(usesOf(c, r, part));
  return new Set(r.dict ? all : all.filter((v) => c.kwTainted(v)));
}

function specsOf(r: Renderer): SinkSpec[] {
  return (['html', 'url'] as const).map((part) => ({
    kind: part === 'html' ? 'xss' : 'script-url',
    ...(r.callees ? { callees: r.callees } : {}),
    ...(r.methods ? { methods: r.methods } : {}),
    ...(r.receivers ? { receivers: r.receivers } : {}),
    args: [],
    when: (c: CallView) => usesOf(c, r, part).length > 0,
    ...(r.dict
      ? { dictKeysOf: (c: CallView) => ({ ...r.dict!, keys: variables(usesOf(c, r, part)) }) }
      : { kwargsOf: (c: CallView) => variables(usesOf(c, r, part)) }),
    noteOf: (c: CallView) => describeUses(usesOf(c, r, part), passedOf(c, r, part)),
    sitesOf: (c: CallView) => usesSites(usesOf(c, r, part), passedOf(c, r, part)),
  }));
}

/** `lookup.get_template("x.html").render(…)` of a template found: its HTML is escaped but where the sinks above say. */
function rendersFoundTemplate(c: CallView): boolean {
  const r = RENDERERS.find((x) => x.name === 'receiver')!;
  const named = templateName(c, r);
  return named !== undefined && (c.templates()?.resolve(named.name, c.path(), named.via).length ?? 0) > 0;
}

export const templateFilesModel: FrameworkModel = {
  name: 'template-files',
  sinks: RENDERERS.flatMap(specsOf),
  sanitizers: [{ methods: ['render', 'render_unicode'], kinds: ['xss', 'script-url'], when: rendersFoundTemplate }],
  templateDecorators: ['aiohttp_jinja2.template'],
};
