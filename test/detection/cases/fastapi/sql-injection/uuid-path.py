import sqlite3
from uuid import UUID

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/shipments/{shipment_id}")
def shipment(shipment_id: UUID):
    with sqlite3.connect("inventory.db") as conn:
        row = conn.execute(f"SELECT id, status FROM shipments WHERE id = '{shipment_id}'").fetchone()
    if row is None:
        raise HTTPException(404)
    return {"id": row[0], "status": row[1]}
