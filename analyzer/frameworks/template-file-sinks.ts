// Rendering a template FILE of the project: the variables the view passes are sinks where that file
// writes them beyond the reach of autoescaping (inside <script>, an on* handler, an unquoted
// attribute, with |safe / autoescape off / Mako |n: XSS; at the start of an href/src/action: a
// `javascript:` URL, cleaned only by a scheme check or url_for). The finding sits at the render
// call, where the view can act, and its message names the template line and context.
import type { ConstLit } from '../taint/ir.js';
import type { CallView, FrameworkModel, SinkSpec } from './model.js';
import { describeUses, type TemplateUse } from './template-files.js';
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
}

const RENDERERS: readonly Renderer[] = [
  { callees: ['flask.render_template', 'flask.templating.render_template', 'quart.render_template'], name: { arg: 0, kw: 'template_name_or_list' } },
  { callees: ['django.shortcuts.render', 'django.template.response.TemplateResponse', 'django.template.response.SimpleTemplateResponse'], name: { arg: 1, kw: 'template_name' }, dict: { arg: 2, kw: 'context' } },
  { callees: ['django.template.loader.render_to_string', 'django.shortcuts.render_to_response'], name: { arg: 0, kw: 'template_name' }, dict: { arg: 1, kw: 'context' } },
  { callees: ['aiohttp_jinja2.render_template', 'aiohttp_jinja2.render_string'], name: { arg: 0, kw: 'template_name' }, dict: { arg: 2, kw: 'context' } },
  { methods: ['render', 'render_string'], receivers: [TORNADO_HANDLER], name: { arg: 0, kw: 'template_name' } },
  // Jinja2's and Mako's `lookup.get_template("x.html").render(v=…)`, written as one chain.
  { methods: ['render', 'render_unicode'], name: 'receiver' },
];

const GET_TEMPLATE = /\bget_template\(\s*(?:(?:name|uri|template_name)\s*=\s*)?(['"])([^'"\n]{1,300})\1\s*\)$/;

function templateName(c: CallView, r: Renderer): string | undefined {
  if (r.name === 'receiver') return GET_TEMPLATE.exec(c.receiverText())?.[2];
  const v: ConstLit | undefined = c.constArg(r.name.arg) ?? c.constKw(r.name.kw);
  return typeof v === 'string' ? v : undefined;
}

function usesOf(c: CallView, r: Renderer, part: Part): TemplateUse[] {
  const name = templateName(c, r);
  const files = name === undefined ? null : c.templates();
  if (!files || name === undefined) return [];
  return files.uses(name, c.path()).filter((u) => (u.context === 'url') === (part === 'url'));
}

const variables = (uses: readonly TemplateUse[]) => [...new Set(uses.map((u) => u.variable))];

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
    noteOf: (c: CallView) => {
      const uses = usesOf(c, r, part);
      // Keyword contexts name the client data the call passes; a dict's keys are judged one by one by the engine.
      const passed = r.dict ? new Set(variables(uses)) : new Set(variables(uses).filter((v) => c.kwTainted(v)));
      return describeUses(uses, passed);
    },
  }));
}

export const templateFilesModel: FrameworkModel = {
  name: 'template-files',
  sinks: RENDERERS.flatMap(specsOf),
  templateDecorators: ['aiohttp_jinja2.template'],
};
