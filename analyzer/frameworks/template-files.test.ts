// A view rendering a template FILE: request data the file writes inside <script>, in an unquoted
// attribute, at the start of an href, or raw (|safe, autoescape off, Mako |n) is XSS reported at
// the render call and naming the template line; escaped places, tojson in a script, url_for and
// scheme-checked URLs stay silent.
import { describe, expect, it } from 'vitest';
import { analyzeSources, type SourceFile } from '../analyze-source.js';
import { ProjectTemplates } from './template-files.js';

const xss = (sources: SourceFile[]) =>
  analyzeSources(sources)
    .findings.filter((f) => f.ruleId === 'PY-INJ-XSS' && f.kind === 'vulnerability')
    .map((f) => `${f.path}:${f.range.start.line} ${/\(([^()]*\.(?:html|mako):\d+ writes [^()]*)\)$/.exec(f.message)?.[1] ?? f.message}`);

const FLASK_PAGE = `<script>var cfg = {q: "{{ q }}", n: {{ n|tojson }}};</script>
<p>{{ q }}</p><a href="{{ site }}">x</a><a href="{{ home }}">h</a>
<img class={{ theme }}>{{ note|safe }}
{% for tag in tags %}<span class={{ tag }}></span>{% endfor %}`;

describe('template files rendered by views', () => {
  it('Flask render_template: reports each risky variable the view fills from the request, at the call', () => {
    const app = `from flask import Flask, render_template, request, url_for
app = Flask(__name__)

@app.get("/a")
def a():
    return render_template("page.html", q=request.args["q"], n=request.args["n"])

@app.get("/b")
def b():
    return render_template("page.html", q="x", n=1, site=url_for("a"), home=request.args["home"], theme="dark")

@app.get("/c")
def c():
    return render_template("page.html", theme=request.cookies.get("theme"), note=request.form["note"])

@app.get("/d")
def d():
    return render_template("page.html", tags=request.args.getlist("tag"))
`;
    expect(xss([{ path: 'shop/app.py', source: app }, { path: 'shop/templates/page.html', source: FLASK_PAGE }])).toEqual([
      'shop/app.py:6 shop/templates/page.html:1 writes q inside a <script> block',
      'shop/app.py:10 shop/templates/page.html:2 writes home at the start of a URL attribute, where a javascript: URL runs',
      'shop/app.py:14 shop/templates/page.html:3 writes theme in an unquoted attribute; shop/templates/page.html:3 writes note with escaping turned off',
      'shop/app.py:18 shop/templates/page.html:4 writes tags in an unquoted attribute',
    ]);
  });

  it('leaves escaped places, tojson, scheme-checked URLs and server values alone', () => {
    const app = `from urllib.parse import urlsplit
from flask import Flask, render_template, request
app = Flask(__name__)

def web(url):
    return url if urlsplit(url).scheme in ("http", "https") else "/"

@app.get("/a")
def a():
    return render_template("page.html", n=request.args["n"], q="fixed", home=web(request.args["home"]))
`;
    const page = `<script>var n = {{ n|tojson }}; var q = "{{ q }}";</script><p>{{ n }}</p><a href="{{ home }}">h</a>`;
    expect(xss([{ path: 'app.py', source: app }, { path: 'templates/page.html', source: page }])).toEqual([]);
  });

  it('Django render with a context dict, judged key by key; autoescape off blocks', () => {
    const views = `from django.shortcuts import render

def preview(request):
    context = {"name": request.GET.get("name", ""), "bio": "static"}
    context["motd"] = request.GET.get("motd", "")
    return render(request, "profiles/preview.html", context)

def inline(request):
    return render(request, "profiles/preview.html", {"bio": request.GET["bio"], "name": request.GET["name"]})
`;
    const page = `<h1>{{ name }}</h1>{% autoescape off %}<div>{{ bio }}</div><p>{{ motd }}</p>{% endautoescape %}`;
    expect(xss([{ path: 'profiles/views.py', source: views }, { path: 'profiles/templates/profiles/preview.html', source: page }])).toEqual([
      'profiles/views.py:6 profiles/templates/profiles/preview.html:1 writes bio with escaping turned off; profiles/templates/profiles/preview.html:1 writes motd with escaping turned off',
      'profiles/views.py:9 profiles/templates/profiles/preview.html:1 writes bio with escaping turned off; profiles/templates/profiles/preview.html:1 writes motd with escaping turned off',
    ]);
  });

  it('Tornado self.render, aiohttp_jinja2.render_template and a Mako lookup', () => {
    const tornado = `import tornado.web

class Search(tornado.web.RequestHandler):
    def get(self):
        self.render("search.html", term=self.get_argument("q"), title=self.get_argument("t"))
`;
    const aio = `import aiohttp_jinja2
from aiohttp import web

async def card(request):
    return aiohttp_jinja2.render_template("card.html", request, {"pic": request.query["pic"], "name": request.query["name"]})
`;
    const mako = `from flask import Flask, request
from mako.lookup import TemplateLookup
app = Flask(__name__)
lookup = TemplateLookup(directories=["views"], default_filters=["h"])

@app.get("/m")
def m():
    return lookup.get_template("motd.mako").render(motd=request.args["m"], user=request.args["u"])
`;
    expect(
      xss([
        { path: 'tornado_app/handlers.py', source: tornado },
        { path: 'tornado_app/templates/search.html', source: '<title>{{ title }}</title><script>var t = "{{ term }}";</script>' },
        { path: 'aio/views.py', source: aio },
        { path: 'aio/templates/card.html', source: '<img src={{ pic }}><b>{{ name }}</b>' },
        { path: 'mk/app.py', source: mako },
        { path: 'mk/views/motd.mako', source: '<%page args="motd, user"/>\n<p>${user}</p><div>${motd | n}</div>' },
      ]),
    ).toEqual([
      'aio/views.py:5 aio/templates/card.html:1 writes pic in an unquoted attribute',
      'mk/app.py:8 mk/views/motd.mako:2 writes motd with escaping turned off',
      'tornado_app/handlers.py:5 tornado_app/templates/search.html:1 writes term inside a <script> block',
    ]);
  });

  it('macros with unprotected parameters, Tornado {% raw %}, aiohttp_jinja2 @template, autoescape off with server values', () => {
    const flask = `from flask import Flask, render_template, request
app = Flask(__name__)

@app.get("/o")
def o():
    return render_template("order.html", back=request.args["back"], label=request.args["label"])
`;
    const aio = `import aiohttp_jinja2

@aiohttp_jinja2.template("preview.html")
async def preview(request):
    form = await request.post()
    return {"author": form.get("author"), "comment": form.get("comment")}
`;
    const tornado = `import tornado.web

class Lobby(tornado.web.RequestHandler):
    def get(self):
        self.render("lobby.html", room=self.get_argument("r"), nick=self.get_argument("n"))
`;
    const found = analyzeSources([
      { path: 'f/app.py', source: flask },
      { path: 'f/templates/order.html', source: '{% from "macros.html" import back_link %}\n{{ back_link(back, label) }}' },
      { path: 'f/templates/macros.html', source: '{% macro back_link(target, text) %}<a href="{{ target }}">{{ text }}</a>{% endmacro %}' },
      { path: 'a/views.py', source: aio },
      { path: 'a/templates/preview.html', source: '<b>{{ author }}</b><div>{{ comment|safe }}</div>' },
      { path: 't/handlers.py', source: tornado },
      { path: 't/templates/lobby.html', source: '<h1>{{ room }}</h1><p>{% raw nick %}</p>' },
    ]).findings.filter((f) => f.ruleId === 'PY-INJ-XSS');
    expect(found.map((f) => `${f.path}:${f.range.start.line} ${/\(([^()]*:\d+ writes [^()]*)\)$/.exec(f.message)?.[1]}`)).toEqual([
      'a/views.py:6 a/templates/preview.html:1 writes comment with escaping turned off',
      'f/app.py:6 f/templates/order.html:2 writes back at the start of a URL attribute, where a javascript: URL runs',
      't/handlers.py:5 t/templates/lobby.html:1 writes nick with escaping turned off',
    ]);

    const constant = `from flask import Flask, render_template, request
app = Flask(__name__)
BANNER = "<b>maintenance</b>"

@app.get("/w")
def w():
    return render_template("welcome.html", banner=BANNER, greeting=request.args["g"])
`;
    const off = analyzeSources([
      { path: 'app.py', source: constant },
      { path: 'templates/welcome.html', source: '{% autoescape false %}{{ banner }}{% endautoescape %}<h2>{{ greeting }}</h2>' },
    ]).findings.filter((f) => f.ruleId === 'PY-TMPL-AUTOESCAPE-OFF' || f.ruleId === 'PY-INJ-XSS');
    expect(off.map((f) => `${f.ruleId} ${f.kind}`)).toEqual(['PY-TMPL-AUTOESCAPE-OFF hotspot']);
  });

  it('resolves a name to the nearest template of that name, never outside the tree', () => {
    const t = new ProjectTemplates([
      { path: 'a/templates/x.html', text: '<script>{{ v }}</script>' },
      { path: 'b/templates/x.html', text: '<p>{{ v }}</p>' },
    ]);
    expect(t.uses('x.html', 'a/views.py').map((u) => u.path)).toEqual(['a/templates/x.html']);
    expect(t.uses('x.html', 'b/views.py')).toEqual([]);
    expect(t.uses('../x.html', 'a/views.py')).toEqual([]);
  });
});
