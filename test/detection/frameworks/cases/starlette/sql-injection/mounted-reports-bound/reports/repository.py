import sqlite3


def sales_by_region(region):
    conn = sqlite3.connect("warehouse.db")
    try:
        cur = conn.execute(
            "SELECT month, SUM(amount) FROM sales WHERE region = ? GROUP BY month ORDER BY month", (region,)
        )
        return [{"month": m, "total": t} for m, t in cur.fetchall()]
    finally:
        conn.close()
