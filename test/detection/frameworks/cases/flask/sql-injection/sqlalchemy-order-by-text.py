from flask import Flask, jsonify, request
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from catalog.models import Product

app = Flask(__name__)
engine = create_engine("postgresql://shop@db/shop")


@app.get("/products")
def products():
    sort = request.args.get("sort", "name")
    direction = request.args.get("dir", "asc")
    with Session(engine) as session:
        stmt = select(Product).order_by(text(f"{sort} {direction}")).limit(50)
        return jsonify([p.to_dict() for p in session.scalars(stmt)])
