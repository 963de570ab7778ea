from markupsafe import Markup, escape


def recent_entries(conn):
    rows = conn.execute("SELECT name, message FROM entries ORDER BY id DESC LIMIT 50").fetchall()
    return [{"name": r["name"], "message": Markup("<br>").join(escape(line) for line in r["message"].split("\n"))} for r in rows]
