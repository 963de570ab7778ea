import sqlite3

from fastapi import FastAPI

app = FastAPI()


def quoted(values):
    for v in values:
        yield "'" + v.strip() + "'"


@app.get("/items/by-sku")
def by_sku(skus: str):
    in_list = ", ".join(quoted(skus.split(",")))
    with sqlite3.connect("inventory.db") as conn:
        rows = conn.execute(f"SELECT sku, qty FROM items WHERE sku IN ({in_list})").fetchall()
    return [{"sku": s, "qty": q} for s, q in rows]
