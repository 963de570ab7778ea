import os
import uuid

from flask import Flask, abort, jsonify, request, url_for
from flask_login import current_user, login_required
from PIL import Image, UnidentifiedImageError

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024
FORMATS = {"PNG": ".png", "JPEG": ".jpg", "GIF": ".gif"}


@app.post("/account/avatar")
@login_required
def upload_avatar():
    upload = request.files.get("avatar")
    if upload is None:
        abort(400)
    try:
        image = Image.open(upload.stream)
        image.verify()
    except (UnidentifiedImageError, OSError):
        abort(400)
    if image.format not in FORMATS:
        abort(400)
    name = f"{uuid.uuid4().hex}{FORMATS[image.format]}"
    upload.stream.seek(0)
    upload.save(os.path.join(app.static_folder, "avatars", name))
    current_user.avatar = name
    return jsonify({"url": url_for("static", filename=f"avatars/{name}")})
