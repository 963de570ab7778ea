from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://shop@localhost/shop")

STOCK_SQL = text("SELECT sku, qty FROM stock WHERE warehouse = :warehouse AND sku LIKE :prefix")


@app.get("/api/stock")
def stock():
    params = {
        "warehouse": request.args.get("warehouse", "main"),
        "prefix": request.args.get("prefix", "") + "%",
    }
    with engine.connect() as conn:
        rows = conn.execute(STOCK_SQL, params).all()
    return jsonify([{"sku": r.sku, "qty": r.qty} for r in rows])
