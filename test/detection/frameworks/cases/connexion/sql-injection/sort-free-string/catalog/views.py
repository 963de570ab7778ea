import sqlite3


def search(sort="name"):
    rows = sqlite3.connect("catalog.db").execute(f"SELECT id, name, price FROM products ORDER BY {sort}").fetchall()
    return [{"id": i, "name": n, "price": p} for i, n, p in rows]
