import os

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 50 * 1024 * 1024
SITE_ROOT = "/srv/sites/preview"


@app.post("/sites/upload")
def upload_site_file():
    f = request.files["file"]
    relative = request.form.get("path", secure_filename(f.filename))
    dest = os.path.join(SITE_ROOT, relative)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    f.save(dest)
    return jsonify({"stored": relative}), 201
