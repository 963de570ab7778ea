import os
import shutil
import uuid

import magic
from django.core.files.storage import default_storage
from fastapi import FastAPI, UploadFile
from flask import Flask, abort, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
api = FastAPI()
UPLOAD_DIR = "/srv/uploads"
ALLOWED_EXTENSIONS = {".png", ".jpg"}


@app.post("/anything")
def anything():
    f = request.files["doc"]
    f.save(os.path.join(UPLOAD_DIR, uuid.uuid4().hex))  # hotspot: PY-UPLOAD-TYPE-UNCHECKED
    return "ok"


@app.post("/declared")
def declared():
    f = request.files["doc"]
    if f.mimetype != "application/pdf":
        abort(400)
    f.save(os.path.join(UPLOAD_DIR, uuid.uuid4().hex + ".pdf"))  # hotspot: PY-UPLOAD-TYPE-UNCHECKED
    return "ok"


@app.post("/checked")
def checked():
    f = request.files["doc"]
    ext = os.path.splitext(f.filename)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        abort(400)
    f.save(os.path.join(UPLOAD_DIR, uuid.uuid4().hex + ext))  # ok: PY-UPLOAD-TYPE-UNCHECKED
    return "ok"


def django_upload(request):
    upload = request.FILES["attachment"]
    name = default_storage.save("attachments/" + uuid.uuid4().hex, upload)  # hotspot: PY-UPLOAD-TYPE-UNCHECKED
    return name


def django_sniffed(request):
    upload = request.FILES["attachment"]
    if magic.from_buffer(upload.read(2048), mime=True) != "application/pdf":
        raise ValueError("not a PDF")
    return default_storage.save("attachments/" + uuid.uuid4().hex, upload)  # ok: PY-UPLOAD-TYPE-UNCHECKED


@api.post("/files")
async def fastapi_store(file: UploadFile):
    with open(os.path.join(UPLOAD_DIR, uuid.uuid4().hex), "wb") as out:
        shutil.copyfileobj(file.file, out)  # hotspot: PY-UPLOAD-TYPE-UNCHECKED
    return {"ok": True}


@api.post("/read-only")
async def fastapi_read(file: UploadFile):
    data = await file.read()
    return {"size": len(data)}  # ok: PY-UPLOAD-TYPE-UNCHECKED


def chunks(request):
    upload = request.FILES["attachment"]
    with open(os.path.join(UPLOAD_DIR, uuid.uuid4().hex), "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)  # hotspot: PY-UPLOAD-TYPE-UNCHECKED
