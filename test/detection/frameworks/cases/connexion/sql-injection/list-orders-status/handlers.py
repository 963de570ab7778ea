import sqlite3


def list_orders(status="open"):
    db = sqlite3.connect("orders.db")
    rows = db.execute(f"SELECT id, customer, total FROM orders WHERE status = '{status}'").fetchall()
    return [{"id": i, "customer": c, "total": t} for i, c, t in rows]
