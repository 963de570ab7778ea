from flask import Flask, redirect, request

from sso import legacy_login_url

app = Flask(__name__)


@app.post("/portal/jump")
def jump():
    return redirect(legacy_login_url(request.form["username"], request.form["password"]))
