import jinja2
from flask import Flask, render_template_string, request
from markupsafe import escape

app = Flask(__name__)
env = jinja2.Environment(autoescape=True)


@app.get("/hello")
def hello():
    name = request.args.get("name", "")
    a = render_template_string("<h1>Hello " + name + "</h1>")  # expect: PY-INJ-SSTI
    b = render_template_string("<h1>Hello {{ name }}</h1>", name=name)  # ok: PY-INJ-SSTI
    c = env.from_string(request.args["tpl"]).render()  # expect: PY-INJ-SSTI
    d = jinja2.Template("Hi " + str(escape(name))).render()  # expect: PY-INJ-SSTI
    return a + b + c + d


# Second-order: a template text read back from a file is data someone wrote earlier, unless the
# file ships with the code (its path is built from the module's own location).
import os
import sqlite3
from pathlib import Path

HERE = os.path.realpath(os.path.dirname(__file__))


def write_vhost(context):
    with open(os.path.join(HERE, "vhost.conf.template"), "r") as fp:
        vhost = jinja2.Template(fp.read())  # ok: PY-INJ-SSTI
    shipped = (Path(__file__).parent / "site.tpl").read_text()
    site = jinja2.Template(shipped)  # ok: PY-INJ-SSTI
    here = os.path.dirname(__file__)
    with open(here + "/mail.tpl") as fp:
        mail = jinja2.Template(fp.read())  # ok: PY-INJ-SSTI
    return vhost.render(context) + site.render(context) + mail.render(context)


def render_saved(report_id, chosen):
    row = sqlite3.connect("reports.db").execute("SELECT path, name FROM reports WHERE id = ?", (report_id,)).fetchone()
    with open(row[0]) as fp:
        saved = jinja2.Template(fp.read())  # hotspot: PY-INJ-SSTI
    with open(os.path.join(HERE, "uploads", chosen)) as fp:
        uploaded = jinja2.Template(fp.read())  # hotspot: PY-INJ-SSTI
    return saved.render() + uploaded.render()
