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
