import os
import uuid
from pathlib import Path

from django.core.files.storage import FileSystemStorage, default_storage
from flask import Flask, abort, request, send_from_directory
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired
from PIL import Image

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
PUBLIC_DIR = os.path.join(os.path.dirname(__file__), "public", "files")
PRIVATE_DIR = "/srv/private"
INLINE_DIR = "/srv/inline"
ATTACHED_DIR = "/srv/attached"
private_storage = FileSystemStorage(location="/srv/private-storage")


class LogoForm(FlaskForm):
    logo = FileField("Logo", validators=[FileRequired()])


class CheckedLogoForm(FlaskForm):
    logo = FileField("Logo", validators=[FileRequired(), FileAllowed(["png"])])


@app.post("/static-any")
def static_any():
    f = request.files["img"]
    if f is None or f.filename == "":
        abort(400)
    ext = os.path.splitext(f.filename)[1]
    f.save(os.path.join(app.static_folder, "img", uuid.uuid4().hex + ext))  # expect: PY-UPLOAD-SERVED-ANY-TYPE
    return "ok"


@app.post("/public-declared")
def public_declared():
    f = request.files["doc"]
    if f.mimetype != "application/pdf":
        abort(415)
    f.save(os.path.join(PUBLIC_DIR, uuid.uuid4().hex + os.path.splitext(f.filename)[1]))  # expect: PY-UPLOAD-SERVED-ANY-TYPE
    return "ok"


@app.post("/static-checked")
def static_checked():
    f = request.files["img"]
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in {".png", ".jpg"}:
        abort(400)
    f.save(os.path.join(app.static_folder, "img", uuid.uuid4().hex + ext))  # ok: PY-UPLOAD-SERVED-ANY-TYPE
    return "ok"


@app.post("/static-pillow")
def static_pillow():
    f = request.files["img"]
    Image.open(f.stream).verify()
    f.stream.seek(0)
    f.save(os.path.join(app.static_folder, "img", uuid.uuid4().hex + Path(f.filename).suffix))  # ok: PY-UPLOAD-SERVED-ANY-TYPE
    return "ok"


@app.post("/static-generated")
def static_generated():
    f = request.files["img"]
    f.save(os.path.join(app.static_folder, "img", uuid.uuid4().hex + ".png"))  # ok: PY-UPLOAD-SERVED-ANY-TYPE
    return "ok"


@app.post("/private-any")
def private_any():
    f = request.files["img"]
    f.save(os.path.join(PRIVATE_DIR, uuid.uuid4().hex + os.path.splitext(f.filename)[1]))  # ok: PY-UPLOAD-SERVED-ANY-TYPE
    return "ok"


@app.post("/logo")
def logo():
    form = LogoForm()
    if form.validate_on_submit():
        ext = os.path.splitext(form.logo.data.filename)[1]
        form.logo.data.save(os.path.join(app.static_folder, "logos", uuid.uuid4().hex + ext))  # expect: PY-UPLOAD-SERVED-ANY-TYPE
    return "ok"


@app.post("/logo-checked")
def logo_checked():
    form = CheckedLogoForm()
    if form.validate_on_submit():
        ext = os.path.splitext(form.logo.data.filename)[1]
        form.logo.data.save(os.path.join(app.static_folder, "logos", uuid.uuid4().hex + ext))  # ok: PY-UPLOAD-SERVED-ANY-TYPE
    return "ok"


@app.post("/inline")
def inline_upload():
    f = request.files["file"]
    f.save(os.path.join(INLINE_DIR, uuid.uuid4().hex + os.path.splitext(f.filename)[1]))  # expect: PY-UPLOAD-SERVED-ANY-TYPE
    return "ok"


@app.get("/inline/<name>")
def inline_download(name):
    return send_from_directory(INLINE_DIR, name)


@app.post("/attached")
def attached_upload():
    f = request.files["file"]
    f.save(os.path.join(ATTACHED_DIR, uuid.uuid4().hex + os.path.splitext(f.filename)[1]))  # ok: PY-UPLOAD-SERVED-ANY-TYPE
    return "ok"


@app.get("/attached/<name>")
def attached_download(name):
    return send_from_directory(ATTACHED_DIR, name, as_attachment=True, mimetype="application/octet-stream")


def django_public(request):
    upload = request.FILES["attachment"]
    if upload is None:
        abort(400)
    stored = default_storage.save(f"attachments/{upload.name}", upload)  # expect: PY-UPLOAD-SERVED-ANY-TYPE
    return default_storage.url(stored)


def django_unreturned(request):
    upload = request.FILES["attachment"]
    return private_storage.save(f"attachments/{upload.name}", upload)  # ok: PY-UPLOAD-SERVED-ANY-TYPE


def django_declared_image(request):
    upload = request.FILES["banner"]
    if not upload.content_type.startswith("image/"):
        abort(400)
    stored = default_storage.save(f"banners/{uuid.uuid4().hex}{Path(upload.name).suffix}", upload)  # expect: PY-UPLOAD-SERVED-ANY-TYPE
    return default_storage.url(stored)


def django_extension_checked(request):
    upload = request.FILES["banner"]
    if not upload.name.lower().endswith((".png", ".jpg")):
        abort(400)
    stored = default_storage.save(f"banners/{uuid.uuid4().hex}{Path(upload.name).suffix}", upload)  # ok: PY-UPLOAD-SERVED-ANY-TYPE
    return default_storage.url(stored)
