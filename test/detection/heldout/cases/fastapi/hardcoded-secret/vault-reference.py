from fastapi import FastAPI
from sqlalchemy import create_engine

from .secrets import resolve

DB_USER = "reports"
DB_PASSWORD = "op://Production/reports-postgres/password"
app = FastAPI()
engine = create_engine(f"postgresql+psycopg://{DB_USER}:{resolve(DB_PASSWORD)}@db.internal/reports")


@app.get("/health")
def health():
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    return {"db": "ok"}
