from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql://shop@db/shop")


@app.post("/stock/check")
def check_stock():
    skus = request.get_json()["skus"]
    in_list = ", ".join(f"'{s}'" for s in skus)
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT sku, quantity FROM stock WHERE sku IN ({in_list})")).all()
    return jsonify({r.sku: r.quantity for r in rows})
