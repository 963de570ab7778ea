import sqlite3

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = "set-from-env"


def db():
    return sqlite3.connect("crm.db")


@app.post("/filters")
def save_filter():
    conn = db()
    conn.execute("INSERT INTO saved_filters (owner, city) VALUES (?, ?)", (session["uid"], request.form["city"]))
    conn.commit()
    return {"saved": True}


@app.get("/filters/<int:filter_id>/run")
def run_filter(filter_id):
    conn = db()
    row = conn.execute("SELECT city FROM saved_filters WHERE id = ? AND owner = ?", (filter_id, session["uid"])).fetchone()
    city = row[0]
    rows = conn.execute("SELECT id, name FROM contacts WHERE city = '" + city + "'").fetchall()
    return jsonify(rows)
