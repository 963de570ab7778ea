from flask import Flask, render_template_string, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/greet")
def greet():
    name = escape(request.args.get("name", "friend"))
    page = "<h1>Hi " + str(name) + "</h1><p>{{ promo }}</p>"
    return render_template_string(page, promo="Free shipping today")
