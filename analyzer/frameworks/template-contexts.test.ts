// A template's |safe is a hotspot until the view rendering it is seen: request data or a generic
// view's model field under that name make it a vulnerability; anything else stays to review.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../analyze-source.js';
import { allRules } from '../rules/index.js';

const FLASK = `from flask import Flask, render_template, request
app = Flask(__name__)

@app.route("/")
def dashboard():
    note = request.args.get("note", "")
    return render_template("dash.html", banner=request.args.get("banner", ""), note=note, motd=load_motd())
`;
const DJANGO = `from django.views.generic import DetailView
from shop.models import Product

class ProductDetail(DetailView):
    model = Product
    template_name = "shop/product_detail.html"
`;

const safeFilter = (path: string, findings: ReturnType<typeof analyzeSources>['findings']) =>
  findings.filter((f) => f.ruleId === 'PY-TMPL-SAFE-FILTER' && f.path === path).map((f) => [f.range.start.line, f.kind]);

describe('template contexts', () => {
  it('makes |safe on request data passed by the view a vulnerability, and leaves other values hotspots', () => {
    const tpl = '<p>{{ banner|safe }}</p>\n<p>{{ note|safe }}</p>\n<p>{{ motd|safe }}</p>\n';
    const { findings } = analyzeSources([
      { path: 'admin/app.py', source: FLASK },
      { path: 'admin/templates/dash.html', source: tpl },
    ]);
    // The request data is reported once, at the view's render call (the dataflow names both lines);
    // the server value stays a hotspot.
    expect(safeFilter('admin/templates/dash.html', findings)).toEqual([[3, 'hotspot']]);
    const atView = findings.filter((f) => f.ruleId === 'PY-INJ-XSS' && f.path === 'admin/app.py');
    expect(atView.map((f) => [f.range.start.line, f.kind])).toEqual([[7, 'vulnerability']]);
    expect(atView[0]!.message).toMatch(/admin\/templates\/dash\.html:1 writes banner with escaping turned off; admin\/templates\/dash\.html:2 writes note/);
  });

  it('without the dataflow (taint rules off) the context still makes request data passed to |safe a vulnerability', () => {
    const tpl = '<p>{{ banner|safe }}</p>\n<p>{{ motd|safe }}</p>\n';
    const { findings } = analyzeSources(
      [
        { path: 'admin/app.py', source: FLASK },
        { path: 'admin/templates/dash.html', source: tpl },
      ],
      allRules.filter((r) => !r.taint),
    );
    expect(safeFilter('admin/templates/dash.html', findings)).toEqual([[1, 'vulnerability'], [2, 'hotspot']]);
    expect(findings.find((f) => f.range.start.line === 1 && f.path.endsWith('dash.html'))?.message).toMatch(/read from the request at admin\/app\.py:7/);
  });

  it('makes |safe on a field of a DetailView model object a vulnerability (stored content), not the object itself', () => {
    const tpl = '{{ product.description|safe }}\n{{ product|safe }}\n{{ other.description|safe }}\n';
    const { findings } = analyzeSources([
      { path: 'shop/views.py', source: DJANGO },
      { path: 'shop/templates/shop/product_detail.html', source: tpl },
    ]);
    expect(safeFilter('shop/templates/shop/product_detail.html', findings)).toEqual([[1, 'vulnerability'], [2, 'hotspot'], [3, 'hotspot']]);
  });

  it('without the view in sight every |safe is a hotspot', () => {
    const { findings } = analyzeSources([{ path: 'templates/dash.html', source: '{{ banner|safe }}\n' }]);
    expect(safeFilter('templates/dash.html', findings)).toEqual([[1, 'hotspot']]);
  });
});
