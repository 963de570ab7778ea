import os
import uuid

from flask import Flask, abort, jsonify, request, url_for
from flask_login import current_user, login_required

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024


@app.post("/account/avatar")
@login_required
def upload_avatar():
    image = request.files.get("avatar")
    if image is None or not image.filename:
        abort(400)
    ext = os.path.splitext(image.filename)[1].lower()
    name = f"{uuid.uuid4().hex}{ext}"
    image.save(os.path.join(app.static_folder, "avatars", name))
    current_user.avatar = name
    return jsonify({"url": url_for("static", filename=f"avatars/{name}")})
