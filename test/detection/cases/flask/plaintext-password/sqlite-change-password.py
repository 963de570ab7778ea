import sqlite3

from flask import Flask, abort, request, session

app = Flask(__name__)
app.config.from_prefixed_env()


@app.post("/account/password")
def change_password():
    uid = session.get("uid")
    if uid is None:
        abort(401)
    new_password = request.form["new_password"]
    if len(new_password) < 10:
        return {"error": "too short"}, 400
    with sqlite3.connect("forum.db") as conn:
        conn.execute("UPDATE users SET password = ? WHERE id = ?", (new_password, uid))
    return {"status": "changed"}
