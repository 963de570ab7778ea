import os

from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 25 * 1024 * 1024
app.config["UPLOAD_FOLDER"] = "/srv/portal/uploads"


@app.post("/claims/<int:claim_id>/evidence")
@login_required
def upload_evidence(claim_id):
    f = request.files.get("evidence")
    if f is None or f.filename == "":
        abort(400)
    folder = os.path.join(app.config["UPLOAD_FOLDER"], str(current_user.id), str(claim_id))
    os.makedirs(folder, exist_ok=True)
    f.save(os.path.join(folder, f.filename))
    return jsonify({"stored": f.filename}), 201
