from typing import Annotated

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///inventory.db")


@app.get("/bins")
def bins_in_zone(zone: Annotated[str, Query(pattern=r"^[a-z0-9-]{1,32}$")]):
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT code, capacity FROM bins WHERE zone = '{zone}'"))
        return [dict(r._mapping) for r in rows]
