from django.db import connection


def find_orders_by_reference(reference, customer_id):
    sql = (
        "SELECT id, reference, status FROM orders_order "
        "WHERE reference = %s AND customer_id = %s"
    )
    with connection.cursor() as cur:
        cur.execute(sql, (reference, customer_id))
        return cur.fetchall()
