import sqlite3


def find_by_tag(tag):
    db = sqlite3.connect("photos.db")
    rows = db.execute(
        "SELECT p.id, p.caption FROM photos p JOIN photo_tags t ON t.photo_id = p.id WHERE t.tag = ?", (tag,)
    ).fetchall()
    return [{"id": i, "caption": c} for i, c in rows]
