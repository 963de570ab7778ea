from flask import Flask, make_response, redirect, request, url_for
from flask_login import login_user

from .auth import check_credentials

app = Flask(__name__)


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form", failed=1))
    login_user(user, remember=bool(request.form.get("remember")))
    resp = make_response(redirect(url_for("home")))
    resp.set_cookie("remember_email", request.form["email"], max_age=2592000)
    return resp
