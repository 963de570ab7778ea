import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/featured")
def featured():
    collection = request.args.get("collection", "summer")
    collection = "featured"
    with sqlite3.connect("shop.db") as conn:
        rows = conn.execute(
            "SELECT id, name FROM products WHERE collection = '%s' LIMIT 8" % collection
        ).fetchall()
    return jsonify(rows)
