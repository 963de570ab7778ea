import os
import uuid

from flask import Flask, abort, jsonify, request, send_from_directory
from flask_login import login_required

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024
ATTACHMENTS = "/srv/helpdesk/attachments"


@app.post("/tickets/<int:ticket_id>/attachments")
@login_required
def add_attachment(ticket_id):
    f = request.files.get("file")
    if f is None:
        abort(400)
    name = f"{ticket_id}-{uuid.uuid4().hex}{os.path.splitext(f.filename)[1]}"
    f.save(os.path.join(ATTACHMENTS, name))
    return jsonify({"url": f"/attachments/{name}"}), 201


@app.get("/attachments/<name>")
@login_required
def get_attachment(name):
    return send_from_directory(ATTACHMENTS, name)
