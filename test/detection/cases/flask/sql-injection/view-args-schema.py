import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/t/<tenant>/orders")
def tenant_orders(tenant):
    schema = request.view_args["tenant"]
    with sqlite3.connect("admin.db") as conn:
        rows = conn.execute("SELECT id, total FROM " + schema + "_orders ORDER BY id DESC LIMIT 20").fetchall()
    return jsonify(rows)
