import json
import sqlite3


def health(params):
    return 200, b'{"ok": true}'


def search(params):
    term = params.get("q", [""])[0]
    conn = sqlite3.connect("docs.db")
    rows = conn.execute("SELECT id, title FROM docs WHERE title LIKE '%" + term + "%'").fetchall()
    return 200, json.dumps([{"id": i, "title": t} for i, t in rows]).encode()
