from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/hello")
def hello():
    greeting = Markup("<strong>Hello, {}!</strong>".format(request.args.get("name", "guest")))
    return render_template_string("<main>{{ greeting }}</main>", greeting=greeting)
