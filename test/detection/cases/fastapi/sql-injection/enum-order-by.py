from enum import Enum

from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///inventory.db")


class SortField(str, Enum):
    sku = "sku"
    name = "name"
    qty = "qty"


@app.get("/items/sorted")
def sorted_items(order_by: SortField = SortField.sku):
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT sku, name, qty FROM items ORDER BY {order_by.value}"))
        return [dict(r._mapping) for r in rows]
