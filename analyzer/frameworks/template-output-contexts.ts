// Where in the HTML a template writes each `{{ value }}` (Jinja2, Django, Tornado, aiohttp_jinja2
// share the syntax). Autoescaping only makes a value safe between tags and inside a quoted
// attribute: inside <script> or an on* handler the escaped text is still code, in an unquoted
// attribute a space starts a new attribute, and at the start of an href/src/action/formaction a
// `javascript:` URL runs when followed. `|safe` turns escaping off wherever it is written.

export type OutputContext = 'script' | 'event-handler' | 'unquoted-attribute' | 'url' | 'safe-filter';

export interface RiskyOutput {
  /** The template variable the expression starts from (`user` in `{{ user.site|lower }}`). */
  name: string;
  context: OutputContext;
  offset: number;
}

const OUTPUT = /\{\{-?([\s\S]*?)-?\}\}/g;
// Mako: `${expr | h, n}`; read only in Mako files (a JavaScript template literal looks the same).
const MAKO_OUTPUT = /\$\{([^{}]*)\}/g;
const TEMPLATE_SPANS = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|\$\{[^{}]*\}|<%[\s\S]*?%>/g;
// Django `{% autoescape off %}`, Jinja2 `{% autoescape false %}` … up to the end tag.
const AUTOESCAPE_OFF = /\{%-?\s*autoescape\s+(?:off|false|False|0)\s*-?%\}([\s\S]*?)(?:\{%-?\s*endautoescape\s*-?%\}|$)/g;
// Tornado's `{% raw expr %}` writes the expression without escaping (Jinja's `{% raw %}` has none).
const TORNADO_RAW = /\{%-?\s*raw\s+([A-Za-z_]\w*)[^%]*%\}/g;
// A macro or helper called with an argument whose escaping is turned off: `{{ card(bio|safe) }}`.
const SAFE_ARGUMENT = /[(,]\s*([A-Za-z_]\w*)[\w.[\]'"]*\s*\|\s*safe\b/g;
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data']);
// Elements whose src is fetched as media, never navigated to: a javascript: URL there does not run.
const MEDIA_TAGS = /^<(img|audio|video|source|track|picture)\b/i;
// Filters whose output cannot leave the context it is written in.
const NUMERIC = ['int', 'float', 'length', 'count', 'filesizeformat', 'floatformat', 'add'];
const SAFE_IN: Record<OutputContext, ReadonlySet<string>> = {
  script: new Set(['tojson', 'json_script', 'escapejs', ...NUMERIC]),
  'event-handler': new Set(['escapejs', ...NUMERIC]),
  'unquoted-attribute': new Set(['urlencode', 'slugify', ...NUMERIC]),
  url: new Set(['urlencode', 'slugify', ...NUMERIC]),
  'safe-filter': new Set(['escape', 'e', 'force_escape', 'tojson', 'json_script', 'bleach', 'striptags', 'escapejs', ...NUMERIC]),
};
// Script blocks whose content the browser does not run (data and client-side templates).
const INERT_SCRIPT = /\btype\s*=\s*["']?(application\/(ld\+)?json|text\/(template|x-template|html|x-handlebars-template|ng-template))/i;

/** The text before `offset` with template tags and outputs blanked (they hold no HTML syntax). */
function htmlBefore(source: string, offset: number): string {
  return source.slice(0, offset).replace(TEMPLATE_SPANS, (m) => 'x'.repeat(m.length));
}

function contextAt(before: string): Exclude<OutputContext, 'safe-filter'> | null {
  const lower = before.toLowerCase();
  const open = lower.lastIndexOf('<script');
  if (open >= 0 && open > lower.lastIndexOf('</script')) {
    const tagEnd = lower.indexOf('>', open);
    if (tagEnd >= 0) return INERT_SCRIPT.test(before.slice(open, tagEnd)) ? null : 'script';
  }
  const lt = before.lastIndexOf('<');
  if (lt < 0 || lt < before.lastIndexOf('>')) return null;
  // Inside a tag: which attribute value (if any) the output starts or continues.
  const attr = /([^\s"'<>=/]+)\s*=\s*(?:"([^"]*)|'([^']*)|([^\s"'>]*))$/.exec(before.slice(lt));
  if (!attr) return null;
  const name = attr[1]!.toLowerCase();
  const quoted = attr[2] ?? attr[3];
  if (name.startsWith('on')) return 'event-handler';
  if (quoted === undefined) return 'unquoted-attribute';
  if (URL_ATTRS.has(name) && quoted.trim() === '' && !(name === 'src' && MEDIA_TAGS.test(before.slice(lt)))) return 'url';
  return null;
}

// Mako filters that escape for HTML (`u` URL-encodes, which leaves no markup either).
const MAKO_ESCAPES = new Set(['h', 'x', 'u', 'entity']);
const MAKO_PAGE_ESCAPES = /<%page\b[^>]*\bexpression_filter\s*=\s*(['"])[^'"]*\b(h|x|u|entity)\b[^'"]*\1/;

/**
 * Is a Mako `${…}` with these filters escaped? Mako escapes nothing unless its default_filters
 * (TemplateLookup / Template, or the page's expression_filter) or the expression's own filters say
 * so; `n` drops the default ones, not those written after it.
 */
function makoEscaped(filters: readonly string[], defaultEscapes: boolean): boolean {
  return (defaultEscapes && !filters.includes('n')) || filters.some((f) => MAKO_ESCAPES.has(f));
}

/**
 * Every output of the template written where escaping does not protect it. `mako`: the text is a
 * Mako template, whose `${x}` is raw unless `makoEscapes` (its default_filters hold `h`) or its own
 * filters escape it (a Mako file is never read for Jinja).
 */
export function riskyOutputs(source: string, mako = false, makoEscapes = false): RiskyOutput[] {
  const out: RiskyOutput[] = [];
  const comments = [...source.matchAll(/\{#[\s\S]*?#\}/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const rawBlocks = [...source.matchAll(AUTOESCAPE_OFF)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of source.matchAll(mako ? MAKO_OUTPUT : OUTPUT)) {
    if (comments.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const parts = m[1]!.split(mako ? /[|,]/ : '|').map((p) => p.trim().split(/[:(\s]/)[0]!);
    const name = /^[A-Za-z_]\w*/.exec(parts[0] ?? '')?.[0];
    if (!name) continue;
    const filters = parts.slice(1);
    if (mako) {
      if (!makoEscaped(filters, makoEscapes || MAKO_PAGE_ESCAPES.test(source))) out.push({ name, context: 'safe-filter', offset: m.index });
      else {
        const context = contextAt(htmlBefore(source, m.index));
        if (context && !filters.some((f) => SAFE_IN[context].has(f))) out.push({ name, context, offset: m.index });
      }
      continue;
    }
    const safeAt = filters.findIndex((f) => f === 'safe' || f === 'safeseq');
    const applies = (context: OutputContext, upTo = filters.length) => !filters.slice(0, upTo).some((f) => SAFE_IN[context].has(f));
    const raw = safeAt >= 0 || rawBlocks.some(([a, b]) => m.index >= a && m.index < b);
    if (raw && applies('safe-filter', safeAt >= 0 ? safeAt : filters.length)) {
      out.push({ name, context: 'safe-filter', offset: m.index });
      continue;
    }
    for (const a of m[1]!.matchAll(SAFE_ARGUMENT)) out.push({ name: a[1]!, context: 'safe-filter', offset: m.index });
    const context = contextAt(htmlBefore(source, m.index));
    if (context && applies(context)) out.push({ name, context, offset: m.index });
  }
  if (!mako) for (const m of source.matchAll(TORNADO_RAW)) if (!comments.some(([a, b]) => m.index >= a && m.index < b)) out.push({ name: m[1]!, context: 'safe-filter', offset: m.index });
  return out.sort((a, b) => a.offset - b.offset);
}

/** Names the template writes where HTML escaping is not enough, split by what neutralises them. */
export function riskyNames(source: unknown): { html: string[]; url: string[] } {
  if (typeof source !== 'string' || !source.includes('{{')) return { html: [], url: [] };
  const outputs = riskyOutputs(source);
  const url = new Set(outputs.filter((o) => o.context === 'url').map((o) => o.name));
  const html = new Set(outputs.filter((o) => o.context !== 'url').map((o) => o.name));
  return { html: [...html], url: [...url] };
}
