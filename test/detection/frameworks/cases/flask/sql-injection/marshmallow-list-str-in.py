import sqlite3

from flask import Flask, jsonify, request
from marshmallow import Schema, fields

app = Flask(__name__)


class BulkArchiveSchema(Schema):
    ids = fields.List(fields.Str(), required=True)


@app.post("/messages/archive")
def archive_messages():
    data = BulkArchiveSchema().load(request.get_json())
    db = sqlite3.connect("inbox.db")
    db.execute(f"UPDATE messages SET archived = 1 WHERE id IN ({', '.join(data['ids'])})")
    db.commit()
    return jsonify({"archived": len(data["ids"])})
