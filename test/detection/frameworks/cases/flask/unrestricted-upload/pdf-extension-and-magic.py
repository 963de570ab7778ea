import os
import secrets

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 20 * 1024 * 1024
PUBLIC_DOCS = os.path.join(os.path.dirname(__file__), "public", "docs")


@app.post("/handouts")
def upload_handout():
    doc = request.files["handout"]
    if os.path.splitext(doc.filename or "")[1].lower() != ".pdf" or doc.stream.read(5) != b"%PDF-":
        abort(415)
    doc.stream.seek(0)
    name = secrets.token_hex(8) + ".pdf"
    doc.save(os.path.join(PUBLIC_DOCS, name))
    return jsonify({"url": f"/docs/{name}"}), 201
