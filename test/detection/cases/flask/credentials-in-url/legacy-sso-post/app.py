from flask import Flask, render_template, request

from sso import legacy_login_form

app = Flask(__name__)


@app.post("/portal/jump")
def jump():
    form = legacy_login_form(request.form["username"], request.form["password"])
    return render_template("autopost.html", action=form["action"], fields=form["fields"])
