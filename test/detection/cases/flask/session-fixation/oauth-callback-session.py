from flask import Flask, redirect, session, url_for
from flask_session import Session

from .oauth import oauth

app = Flask(__name__)
app.config.update(SESSION_TYPE="filesystem")
Session(app)


@app.route("/auth/callback")
def callback():
    token = oauth.github.authorize_access_token()
    profile = oauth.github.get("user", token=token).json()
    session["github_login"] = profile["login"]
    session["user"] = profile["id"]
    return redirect(url_for("home"))
