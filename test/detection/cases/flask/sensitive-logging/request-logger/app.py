from flask import Flask, redirect, request, url_for

from logutil import log_form
from users import register_user

app = Flask(__name__)


@app.post("/signup")
def signup():
    log_form()
    register_user(request.form["email"], request.form["password"])
    return redirect(url_for("welcome"))
