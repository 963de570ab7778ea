from shop.db import connection


def get_order(order_id, user):
    with connection() as conn:
        row = conn.execute(
            "SELECT id, status, total, shipping_address FROM orders WHERE id = %s AND customer_id = %s",
            (order_id, user),
        ).fetchone()
    if row is None:
        return {"detail": "not found"}, 404
    return {"id": str(row[0]), "status": row[1], "total": str(row[2]), "shipping_address": row[3]}
