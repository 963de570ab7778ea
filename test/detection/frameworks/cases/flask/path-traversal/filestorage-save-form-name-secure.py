import os

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = "/srv/uploads"


@app.post("/documents")
def upload_document():
    doc = request.files["document"]
    target = secure_filename(request.form.get("save_as") or doc.filename or "") or "document"
    doc.save(os.path.join(app.config["UPLOAD_FOLDER"], target))
    return jsonify({"saved": target}), 201
