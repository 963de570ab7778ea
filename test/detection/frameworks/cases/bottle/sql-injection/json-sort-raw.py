import sqlite3

from bottle import Bottle, request

app = Bottle()


@app.post("/api/orders/query")
def query_orders():
    body = request.json or {}
    sort = body.get("sort", "created_at")
    db = sqlite3.connect("shop.db")
    rows = db.execute(f"SELECT id, total, created_at FROM orders ORDER BY {sort} DESC LIMIT 100").fetchall()
    return {"orders": [list(r) for r in rows]}
