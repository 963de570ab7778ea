import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("shop.db")
    return g.db


@app.route("/api/customers")
def customers():
    email = request.args.get("email", "")
    cur = get_db().execute(f"SELECT id, name, email FROM customers WHERE email = '{email}'")
    return jsonify([dict(zip(("id", "name", "email"), row)) for row in cur.fetchall()])
