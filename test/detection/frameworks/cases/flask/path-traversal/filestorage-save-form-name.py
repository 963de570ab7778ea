import os

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = "/srv/uploads"


@app.post("/documents")
def upload_document():
    doc = request.files["document"]
    target = request.form.get("save_as") or doc.filename
    doc.save(os.path.join(app.config["UPLOAD_FOLDER"], target))
    return jsonify({"saved": target}), 201
