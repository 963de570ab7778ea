from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from catalog.models import Product

app = Flask(__name__)
engine = create_engine("postgresql://shop@db/shop")
SORTABLE = {"name", "price", "created_at"}


@app.get("/products")
def products():
    sort = request.args.get("sort", "name")
    direction = request.args.get("dir", "asc")
    if sort not in SORTABLE or direction not in ("asc", "desc"):
        abort(400)
    column = getattr(Product, sort)
    with Session(engine) as session:
        stmt = select(Product).order_by(column.desc() if direction == "desc" else column.asc()).limit(50)
        return jsonify([p.to_dict() for p in session.scalars(stmt)])
