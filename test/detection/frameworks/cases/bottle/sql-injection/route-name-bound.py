import sqlite3

from bottle import route, run


@route("/users/<name>")
def user(name):
    row = sqlite3.connect("app.db").execute("SELECT id, email FROM users WHERE name = ?", (name,)).fetchone()
    return {"id": row[0], "email": row[1]} if row else {"found": False}


if __name__ == "__main__":
    run(host="localhost", port=8080)
