import psycopg2
from fastapi import FastAPI

app = FastAPI()
conn = psycopg2.connect("dbname=inventory user=inventory")


@app.get("/items")
def list_items(category: str = "all"):
    with conn.cursor() as cur:
        cur.execute(f"SELECT sku, name, qty FROM items WHERE category = '{category}' ORDER BY sku")
        rows = cur.fetchall()
    return [{"sku": sku, "name": name, "qty": qty} for sku, name, qty in rows]
