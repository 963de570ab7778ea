import os
import uuid

from flask import Flask, request
from werkzeug.datastructures import FileStorage
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024
UPLOAD_DIR = "/srv/uploads"


@app.post("/raw")
def raw():
    f = request.files["doc"]
    f.save(os.path.join(UPLOAD_DIR, f.filename))  # ok: PY-UPLOAD-CLIENT-FILENAME (PY-INJ-PATH reports it, with the flow)
    return "ok"


@app.post("/raw-get")
def raw_get():
    upload = request.files.get("doc")
    target = f"{UPLOAD_DIR}/{upload.filename}"
    upload.save(target)  # ok: PY-UPLOAD-CLIENT-FILENAME (PY-INJ-PATH reports it, with the flow)
    return "ok"


@app.post("/many")
def many():
    for item in request.files.getlist("docs"):
        item.save(UPLOAD_DIR + "/" + item.filename)  # expect: PY-UPLOAD-CLIENT-FILENAME
    return "ok"


def store(upload: FileStorage) -> None:
    upload.save(os.path.join(UPLOAD_DIR, upload.filename))  # expect: PY-UPLOAD-CLIENT-FILENAME


@app.post("/secure")
def secure():
    f = request.files["doc"]
    f.save(os.path.join(UPLOAD_DIR, secure_filename(f.filename)))  # ok: PY-UPLOAD-CLIENT-FILENAME
    return "ok"


@app.post("/generated")
def generated():
    f = request.files["doc"]
    name = uuid.uuid4().hex
    f.save(os.path.join(UPLOAD_DIR, name))  # ok: PY-UPLOAD-CLIENT-FILENAME
    return "ok"


@app.post("/basename")
def basename_only():
    f = request.files["doc"]
    f.save(os.path.join(UPLOAD_DIR, os.path.basename(f.filename)))  # ok: PY-UPLOAD-CLIENT-FILENAME
    return "ok"


class Report:
    def save(self, path):
        return path


@app.post("/not-an-upload")
def not_an_upload():
    report = Report()
    report.save(os.path.join(UPLOAD_DIR, request.form["title"]))  # ok: PY-UPLOAD-CLIENT-FILENAME
    return "ok"


@app.post("/generated-with-extension")
def generated_with_extension():
    f = request.files["doc"]
    ext = os.path.splitext(f.filename)[1].lower()
    f.save(os.path.join(UPLOAD_DIR, uuid.uuid4().hex + ext))  # ok: PY-UPLOAD-CLIENT-FILENAME
    return "ok"
