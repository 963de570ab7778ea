import sqlite3

from bottle import abort, get, request, run

DB_PATH = "mail.sqlite3"


def session_user():
    sid = request.get_cookie("sid", secret="rotate-me-from-config")
    if sid is None:
        abort(401)
    return int(sid)


@get("/messages/<message_id:int>")
def read_message(message_id):
    user_id = session_user()
    db = sqlite3.connect(DB_PATH)
    db.row_factory = sqlite3.Row
    row = db.execute(
        "SELECT sender, subject, body FROM messages WHERE id = ? AND recipient_id = ?", (message_id, user_id)
    ).fetchone()
    if row is None:
        abort(404)
    return dict(row)


if __name__ == "__main__":
    run(port=8025)
