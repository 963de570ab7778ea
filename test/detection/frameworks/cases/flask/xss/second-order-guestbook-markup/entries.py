from markupsafe import Markup


def recent_entries(conn):
    rows = conn.execute("SELECT name, message FROM entries ORDER BY id DESC LIMIT 50").fetchall()
    return [{"name": r["name"], "message": Markup(r["message"].replace("\n", "<br>"))} for r in rows]
