from flask import Flask, jsonify, request
from sqlalchemy import bindparam, create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql://shop@db/shop")
STOCK_BY_SKU = text("SELECT sku, quantity FROM stock WHERE sku IN :skus").bindparams(bindparam("skus", expanding=True))


@app.post("/stock/check")
def check_stock():
    skus = [str(s) for s in request.get_json()["skus"]]
    with engine.connect() as conn:
        rows = conn.execute(STOCK_BY_SKU, {"skus": skus}).all()
    return jsonify({r.sku: r.quantity for r in rows})
