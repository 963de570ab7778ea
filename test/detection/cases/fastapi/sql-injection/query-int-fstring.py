import psycopg2
from fastapi import FastAPI, Query

app = FastAPI()
conn = psycopg2.connect("dbname=inventory user=inventory")


@app.get("/items/low-stock")
def low_stock(threshold: int = Query(5, ge=0), limit: int = 100):
    with conn.cursor() as cur:
        cur.execute(
            f"SELECT sku, qty FROM items WHERE qty <= {threshold} ORDER BY qty LIMIT {limit}"
        )
        return [{"sku": sku, "qty": qty} for sku, qty in cur.fetchall()]
