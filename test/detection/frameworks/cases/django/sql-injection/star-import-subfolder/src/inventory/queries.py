from django.db import connection

__all__ = ["items_below_threshold"]


def items_below_threshold(warehouse, threshold=5):
    with connection.cursor() as cur:
        cur.execute(
            "SELECT sku, qty FROM inventory_item WHERE warehouse = '%s' AND qty < %d" % (warehouse, threshold)
        )
        return [{"sku": s, "qty": q} for s, q in cur.fetchall()]
