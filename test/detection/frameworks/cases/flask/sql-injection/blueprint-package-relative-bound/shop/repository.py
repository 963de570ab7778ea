import sqlite3


def products_matching(term):
    with sqlite3.connect("shop.db") as db:
        return db.execute("SELECT id, name FROM products WHERE name LIKE ?", (f"%{term}%",)).fetchall()
