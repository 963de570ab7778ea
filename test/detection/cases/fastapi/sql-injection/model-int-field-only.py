import sqlite3

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Adjustment(BaseModel):
    item_id: int
    delta: int
    reason: str


@app.post("/adjustments")
def adjust(adj: Adjustment):
    with sqlite3.connect("inventory.db") as conn:
        conn.execute(f"UPDATE items SET qty = qty + {adj.delta} WHERE id = {adj.item_id}")
        conn.execute("INSERT INTO adjustments (item_id, delta, reason) VALUES (?, ?, ?)", (adj.item_id, adj.delta, adj.reason))
    return {"ok": True}
