from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from models import db

app = Flask(__name__)
EDITABLE = ("name", "avatar_url", "timezone")


@app.patch("/api/me")
@login_required
def patch_me():
    body = request.get_json()
    for key in EDITABLE:
        if key in body:
            setattr(current_user, key, body[key])
    db.session.commit()
    return jsonify({"ok": True})
