import sqlite3

from flask import Flask, abort, jsonify

app = Flask(__name__)


@app.route("/api/orders/<int:order_id>")
def order_detail(order_id):
    conn = sqlite3.connect("shop.db")
    try:
        row = conn.execute(
            f"SELECT id, status, total_cents FROM orders WHERE id = {order_id}"
        ).fetchone()
    finally:
        conn.close()
    if row is None:
        abort(404)
    return jsonify({"id": row[0], "status": row[1], "total": row[2]})
