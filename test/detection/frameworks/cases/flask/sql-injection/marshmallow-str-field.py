import sqlite3

from flask import Flask, jsonify, request
from marshmallow import Schema, fields

app = Flask(__name__)


class FilterSchema(Schema):
    region = fields.Str(required=True)
    limit = fields.Int(load_default=20)


@app.get("/stores")
def stores():
    args = FilterSchema().load(request.args)
    db = sqlite3.connect("stores.db")
    rows = db.execute(f"SELECT id, name FROM stores WHERE region = '{args['region']}' LIMIT {args['limit']}").fetchall()
    return jsonify(rows)
