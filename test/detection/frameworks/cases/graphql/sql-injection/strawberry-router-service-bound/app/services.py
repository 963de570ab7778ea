import sqlite3


def find_invoices(customer_ref):
    conn = sqlite3.connect("billing.db")
    try:
        return conn.execute(
            "SELECT number, amount FROM invoices WHERE customer_ref = ? ORDER BY issued_at DESC", (customer_ref,)
        ).fetchall()
    finally:
        conn.close()
