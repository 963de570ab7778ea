import sqlite3

from fastapi import Cookie, FastAPI

app = FastAPI()


@app.get("/recently-viewed")
def recently_viewed(visitor_id: str | None = Cookie(default=None)):
    if visitor_id is None:
        return []
    with sqlite3.connect("inventory.db") as conn:
        cur = conn.execute("SELECT sku FROM views WHERE visitor = '%s' ORDER BY ts DESC LIMIT 10" % visitor_id)
        return [row[0] for row in cur]
