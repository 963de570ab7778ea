import sqlite3

from flask import Flask, jsonify, request
from marshmallow import Schema, fields

app = Flask(__name__)


class ReportQuery(Schema):
    owner = fields.UUID(required=True)
    limit = fields.Int(load_default=50)


def db():
    return sqlite3.connect("reports.db")


@app.get("/reports")
def reports():
    q = ReportQuery().load(request.args)
    sql = "SELECT id, title FROM reports WHERE owner = '%s' LIMIT %d" % (q["owner"], q["limit"])
    rows = db().execute(sql).fetchall()
    return jsonify([{"id": r[0], "title": r[1]} for r in rows])
