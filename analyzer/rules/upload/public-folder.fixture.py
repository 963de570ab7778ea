import os
import uuid

from django.conf import settings
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
PRIVATE_DIR = "/srv/private-uploads"
ALLOWED = {".png"}


@app.post("/avatar")
def avatar():
    f = request.files["img"]
    if os.path.splitext(f.filename)[1] not in ALLOWED:
        return "no", 400
    f.save(os.path.join(app.static_folder, "avatars", secure_filename(f.filename)))  # hotspot: PY-UPLOAD-PUBLIC-FOLDER
    return "ok"


@app.post("/avatar-private")
def avatar_private():
    f = request.files["img"]
    if os.path.splitext(f.filename)[1] not in ALLOWED:
        return "no", 400
    f.save(os.path.join(PRIVATE_DIR, secure_filename(f.filename)))  # ok: PY-UPLOAD-PUBLIC-FOLDER
    return "ok"


@app.post("/avatar-generated")
def avatar_generated():
    f = request.files["img"]
    if os.path.splitext(f.filename)[1] not in ALLOWED:
        return "no", 400
    f.save(os.path.join(app.static_folder, "avatars", uuid.uuid4().hex + ".png"))  # ok: PY-UPLOAD-PUBLIC-FOLDER
    return "ok"


def attachment(request):
    upload = request.FILES["file"]
    if not upload.name.endswith(".pdf"):
        raise ValueError("pdf only")
    path = os.path.join(settings.MEDIA_ROOT, upload.name)
    with open(path, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)  # hotspot: PY-UPLOAD-PUBLIC-FOLDER
