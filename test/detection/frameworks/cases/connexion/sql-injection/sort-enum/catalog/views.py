import sqlite3

COLUMNS = {"name": "name", "price": "price", "rating": "avg_rating"}


def search(sort="name"):
    column = COLUMNS[sort]
    rows = sqlite3.connect("catalog.db").execute(f"SELECT id, name, price FROM products ORDER BY {column}").fetchall()
    return [{"id": i, "name": n, "price": p} for i, n, p in rows]
