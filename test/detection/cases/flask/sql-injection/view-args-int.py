import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/t/<int:tenant_id>/orders")
def tenant_orders(tenant_id):
    tid = request.view_args["tenant_id"]
    with sqlite3.connect("admin.db") as conn:
        rows = conn.execute(f"SELECT id, total FROM orders WHERE tenant_id = {tid} ORDER BY id DESC LIMIT 20").fetchall()
    return jsonify(rows)
