import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/notes")
def create_note():
    try:
        with sqlite3.connect("notes.db") as db:
            db.execute("INSERT INTO notes (title, body) VALUES (?, ?)", (request.form["title"], request.form["body"]))
    except sqlite3.Error as err:
        return jsonify(message=repr(err)), 500
    return jsonify(ok=True), 201
