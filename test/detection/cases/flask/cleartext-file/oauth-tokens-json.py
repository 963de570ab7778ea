import json
import os

from flask import Flask, redirect, session, url_for

from .oauth import oauth

app = Flask(__name__)
TOKENS_DIR = "/srv/app/tokens"


@app.get("/connect/drive/callback")
def drive_callback():
    token = oauth.google.authorize_access_token()
    path = os.path.join(TOKENS_DIR, f"{session['uid']}.json")
    with open(path, "w") as fh:
        json.dump({"access_token": token["access_token"], "refresh_token": token.get("refresh_token")}, fh)
    return redirect(url_for("settings"))
