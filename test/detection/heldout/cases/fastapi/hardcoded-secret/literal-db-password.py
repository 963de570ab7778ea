from fastapi import FastAPI
from sqlalchemy import create_engine

DB_USER = "reports"
DB_PASSWORD = "N7v!q2Lr#8wZ-reports"
app = FastAPI()
engine = create_engine(f"postgresql+psycopg://{DB_USER}:{DB_PASSWORD}@db.internal/reports")


@app.get("/health")
def health():
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    return {"db": "ok"}
