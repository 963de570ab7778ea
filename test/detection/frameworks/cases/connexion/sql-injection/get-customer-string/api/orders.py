import sqlite3


def customer_orders(handle):
    rows = sqlite3.connect("orders.db").execute(
        "SELECT o.id, o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.handle = '%s'" % handle
    ).fetchall()
    return [{"id": i, "total": t} for i, t in rows]
