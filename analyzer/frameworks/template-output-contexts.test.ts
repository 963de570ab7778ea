// Autoescape protects text between tags and quoted attributes only: the contexts where it does not,
// read from the template text, and a Flask view handing request data to one of them.
import { describe, expect, it } from 'vitest';
import { riskyNames, riskyOutputs } from './template-output-contexts.js';
import { analyzeSources } from '../analyze-source.js';

const contexts = (src: string) => riskyOutputs(src).map((o) => `${o.name}:${o.context}`);

describe('template output contexts', () => {
  it('finds script blocks, event handlers, unquoted attributes, URL starts and |safe', () => {
    expect(contexts('<script>var size = {{ size }}; var q = "{{ q }}";</script>')).toEqual(['size:script', 'q:script']);
    expect(contexts('<button onclick="go(\'{{ target }}\')">')).toEqual(['target:event-handler']);
    expect(contexts('<body class={{ theme }}>')).toEqual(['theme:unquoted-attribute']);
    expect(contexts('<a title="x" href="{{ site }}">{{ name }}</a><img src={{ pic }}>')).toEqual(['site:url', 'pic:unquoted-attribute']);
    expect(contexts('<p>{{ bio|safe }}</p>')).toEqual(['bio:safe-filter']);
  });

  it('leaves escaped contexts, neutralising filters and inert script types alone', () => {
    expect(contexts('<p>{{ a }}</p><b class="{{ b }}">')).toEqual([]);
    expect(contexts('<script>const n = {{ n|tojson }}; const m = {{ m|length }};</script>')).toEqual([]);
    expect(contexts('<script type="application/json">{{ data }}</script>')).toEqual([]);
    expect(contexts('<a href="/users/{{ id }}">')).toEqual([]);
    // A media element fetches its src, never navigates to it; a frame does.
    expect(contexts('<img src="{{ avatar }}" alt=""><video src="{{ clip }}"></video><iframe src="{{ page }}">')).toEqual(['page:url']);
    expect(contexts('<p>{{ x|escape|safe }}</p>{# <script>{{ y }}</script> #}')).toEqual([]);
    // tojson keeps a value inside a script, not inside an unquoted attribute.
    expect(contexts('<div data-x={{ cfg|tojson }}>')).toEqual(['cfg:unquoted-attribute']);
    expect(contexts('<script>{% if a %}x{% endif %}</script><p>{{ after }}</p>')).toEqual([]);
  });

  it('reads Mako as raw unless its default filters or its own escape it', () => {
    const mako = (src: string, escapes = false) => riskyOutputs(src, true, escapes).map((o) => `${o.name}:${o.context}`);
    expect(mako('<p>${a}</p><p>${b | h}</p><p>${c | n, h}</p>')).toEqual(['a:safe-filter']);
    expect(mako('<p>${a}</p><p>${b | n}</p><script>var c = "${c}";</script>', true)).toEqual(['b:safe-filter', 'c:script']);
    expect(mako('<%page expression_filter="h"/><p>${a}</p>')).toEqual([]);
  });

  it('splits names by what neutralises them: URLs need a scheme check, the rest a context-aware encoder', () => {
    expect(riskyNames('<a href="{{ u }}">{{ t|safe }}</a>')).toEqual({ html: ['t'], url: ['u'] });
    expect(riskyNames(42)).toEqual({ html: [], url: [] });
  });
});

const view = (template: string, body: string) => `from urllib.parse import urlsplit
from flask import Flask, render_template_string, request, url_for

app = Flask(__name__)
PAGE = ${JSON.stringify(template)}


@app.get("/p")
def page():
${body}
`;
const xss = (source: string) =>
  analyzeSources([{ path: 'app.py', source }]).findings.filter((f) => f.ruleId === 'PY-INJ-XSS').map((f) => f.range.start.line);

describe('render_template_string with a constant template', () => {
  it('reports request data written where autoescape does not protect it', () => {
    expect(xss(view('<script>var q = "{{ q }}";</script>', '    return render_template_string(PAGE, q=request.args["q"])'))).toEqual([10]);
    expect(xss(view('<a href="{{ site }}">me</a>', '    return render_template_string(PAGE, site=request.form["site"])'))).toEqual([10]);
    expect(xss(view('<td class={{ c }}>', '    return render_template_string(PAGE, c=request.args["c"])'))).toEqual([10]);
  });

  it('stays silent for escaped contexts, server values, url_for and checked schemes', () => {
    expect(xss(view('<p class="{{ c }}">{{ c }}</p>', '    return render_template_string(PAGE, c=request.args["c"])'))).toEqual([]);
    expect(xss(view('<script>var q = {{ q|tojson }};</script>', '    return render_template_string(PAGE, q=request.args["q"])'))).toEqual([]);
    expect(xss(view('<script>var v = "{{ v }}";</script>', '    return render_template_string(PAGE, v="1.2")'))).toEqual([]);
    expect(xss(view('<a href="{{ u }}">x</a>', '    return render_template_string(PAGE, u=url_for("page", q=request.args["q"]))'))).toEqual([]);
    const checked = '    u = request.form["u"]\n    if urlsplit(u).scheme not in ("http", "https"):\n        u = "#"\n    return render_template_string(PAGE, u=u)';
    expect(xss(view('<a href="{{ u }}">x</a>', checked))).toEqual([]);
    // A scheme check says nothing for a script block.
    expect(xss(view('<script>var u = "{{ u }}";</script>', checked))).toEqual([13]);
  });
});
