import sqlite3
from typing import Annotated

from fastapi import FastAPI, Header

app = FastAPI()


@app.get("/me/reservations")
def reservations(x_tenant: Annotated[str, Header()]):
    conn = sqlite3.connect("inventory.db")
    rows = conn.execute(
        "SELECT id, sku, qty FROM reservations WHERE tenant = '" + x_tenant + "'"
    ).fetchall()
    conn.close()
    return [{"id": i, "sku": s, "qty": q} for i, s, q in rows]
