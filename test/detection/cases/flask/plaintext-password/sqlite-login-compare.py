import sqlite3

from flask import Flask, g, redirect, render_template, request, session, url_for

app = Flask(__name__)
app.secret_key = b"\x8f\x1a\x93\x04\xee\x12\x7f\x90\x11\x0c\xa8\x3b\x55\x67\x21\xd4"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("forum.db")
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    row = get_db().execute("SELECT id, password FROM users WHERE name = ?", (request.form["name"],)).fetchone()
    if row is None or row["password"] != request.form["password"]:
        return render_template("login.html", error="Invalid login"), 401
    session.clear()
    session["uid"] = row["id"]
    return redirect(url_for("index"))
