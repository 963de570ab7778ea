from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/orders/confirmed")
def confirmed():
    ref = request.args.get("ref", "")
    notice = Markup(f"<div class='alert'>Order <b>{ref}</b> confirmed.</div>")
    return render_template("confirmed.html", notice=notice)
