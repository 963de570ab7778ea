from flask import Flask, jsonify, request
from flask_login import current_user, login_required

from models import db

app = Flask(__name__)


@app.patch("/api/me")
@login_required
def patch_me():
    for key, value in request.get_json().items():
        setattr(current_user, key, value)
    db.session.commit()
    return jsonify({"ok": True})
