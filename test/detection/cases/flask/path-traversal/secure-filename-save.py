import os

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/admin/uploads"


@app.post("/uploads")
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename)
    if not name:
        return jsonify({"error": "bad name"}), 400
    f.save(os.path.join(UPLOAD_DIR, name))
    return jsonify({"stored": name}), 201
