import sqlite3

from flask import Flask, jsonify, request

from reporting import count_rows

app = Flask(__name__)


@app.get("/admin/counts")
def counts():
    db = sqlite3.connect("shop.db")
    table = request.args.get("table", "orders")
    return jsonify({table: count_rows(db, table)})
