import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/products")
def products():
    conditions = ["active = 1"]
    if "brand" in request.args:
        conditions.append("brand = '%s'" % request.args["brand"])
    if "color" in request.args:
        conditions.append(f"color = '{request.args['color']}'")
    sql = "SELECT id, name FROM products WHERE " + " AND ".join(conditions)
    with sqlite3.connect("shop.db") as conn:
        rows = conn.execute(sql).fetchall()
    return jsonify([{"id": i, "name": n} for i, n in rows])
