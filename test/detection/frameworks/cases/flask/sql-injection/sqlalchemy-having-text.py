from flask import Flask, jsonify, request
from sqlalchemy import create_engine, func, select, text

from shop.tables import orders

app = Flask(__name__)
engine = create_engine("postgresql://shop@db/shop")


@app.get("/reports/repeat-customers")
def repeat_customers():
    minimum = request.args.get("min_orders", "2")
    stmt = (
        select(orders.c.customer_id, func.count().label("n"))
        .group_by(orders.c.customer_id)
        .having(text(f"count(*) >= {minimum}"))
    )
    with engine.connect() as conn:
        return jsonify([dict(r._mapping) for r in conn.execute(stmt)])
