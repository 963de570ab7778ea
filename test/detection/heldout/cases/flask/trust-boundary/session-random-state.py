import os
import secrets

from flask import Flask, redirect, session

from .oauth import authorize_url

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.get("/connect/github")
def connect():
    session["oauth_state"] = secrets.token_urlsafe(24)
    session["oauth_started"] = True
    return redirect(authorize_url(state=session["oauth_state"]))
