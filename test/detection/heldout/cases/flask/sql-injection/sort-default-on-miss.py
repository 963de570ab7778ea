import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
SORTABLE = {"created_at", "title", "price"}


@app.get("/products")
def products():
    sort = request.args.get("sort", "created_at")
    if sort not in SORTABLE:
        sort = "created_at"
    rows = sqlite3.connect("shop.db").execute(f"SELECT id, title, price FROM products ORDER BY {sort}").fetchall()
    return jsonify([{"id": r[0], "title": r[1], "price": r[2]} for r in rows])
