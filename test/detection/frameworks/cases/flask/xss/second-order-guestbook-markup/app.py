import sqlite3

from flask import Flask, g, redirect, render_template, request, url_for

from entries import recent_entries

app = Flask(__name__)
DATABASE = "guestbook.db"


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.post("/sign")
def sign():
    db().execute("INSERT INTO entries (name, message) VALUES (?, ?)", (request.form["name"], request.form["message"]))
    db().commit()
    return redirect(url_for("guestbook"))


@app.get("/")
def guestbook():
    return render_template("guestbook.html", entries=recent_entries(db()))
