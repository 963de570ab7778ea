import sqlite3


def products_matching(term):
    with sqlite3.connect("shop.db") as db:
        return db.execute(f"SELECT id, name FROM products WHERE name LIKE '%{term}%'").fetchall()
