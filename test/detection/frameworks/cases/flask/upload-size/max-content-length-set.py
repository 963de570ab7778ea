import csv
import io

from flask import Flask, abort, jsonify, request
from flask_login import login_required

from .contacts import import_contacts

app = Flask(__name__)
app.config["SECRET_KEY"] = __import__("os").environ["SECRET_KEY"]
app.config["MAX_CONTENT_LENGTH"] = 5 * 1024 * 1024


@app.post("/contacts/import")
@login_required
def import_csv():
    upload = request.files.get("contacts")
    if upload is None:
        abort(400)
    text = upload.read().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    return jsonify({"imported": import_contacts(rows)})
