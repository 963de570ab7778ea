import sqlite3

from flask import Flask, g, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.config.from_prefixed_env()


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
    if row is None or not check_password_hash(row["password"], request.form["password"]):
        return render_template("login.html", error="Invalid login"), 401
    session.clear()
    session["uid"] = row["id"]
    return redirect(url_for("index"))
