import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/items/by-sku")
def by_sku(skus: str):
    values = [v.strip() for v in skus.split(",") if v.strip()]
    placeholders = ", ".join("?" for _ in values)
    with sqlite3.connect("inventory.db") as conn:
        rows = conn.execute(f"SELECT sku, qty FROM items WHERE sku IN ({placeholders})", values).fetchall()
    return [{"sku": s, "qty": q} for s, q in rows]
