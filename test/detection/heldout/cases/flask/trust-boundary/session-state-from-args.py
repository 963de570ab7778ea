import os

from flask import Flask, redirect, request, session

from .oauth import authorize_url

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.get("/connect/github")
def connect():
    session["oauth_state"] = request.args.get("state", "")
    session["oauth_started"] = True
    return redirect(authorize_url(state=session["oauth_state"]))
