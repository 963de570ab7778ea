import sqlite3

COLUMNS = {"country", "plan"}


def count_where(column, value):
    if column not in COLUMNS:
        raise ValueError(column)
    db = sqlite3.connect("customers.db")
    return db.execute(f"SELECT COUNT(*) FROM customers WHERE {column} = ?", (value,)).fetchone()[0]
