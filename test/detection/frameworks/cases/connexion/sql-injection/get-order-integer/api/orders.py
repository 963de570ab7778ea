import sqlite3


def get_order(order_id):
    row = sqlite3.connect("orders.db").execute(f"SELECT id, customer, total FROM orders WHERE id = {order_id}").fetchone()
    if row is None:
        return {"detail": "not found"}, 404
    return {"id": row[0], "customer": row[1], "total": row[2]}
