from flask import Flask, make_response, redirect, request, url_for
from flask_login import login_user

from .auth import check_credentials

app = Flask(__name__)


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form", failed=1))
    login_user(user)
    resp = make_response(redirect(url_for("home")))
    if request.form.get("remember"):
        resp.set_cookie("remember_email", request.form["email"], max_age=2592000)
        resp.set_cookie("remember_password", request.form["password"], max_age=2592000)
    return resp
