from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///shop.db"
db = SQLAlchemy(app)


class Review(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    product_id = db.Column(db.Integer)
    body = db.Column(db.Text)


@app.post("/api/reviews/search")
def search_reviews():
    payload = request.get_json()
    keyword = payload["keyword"]
    reviews = Review.query.filter(text(f"body LIKE '%{keyword}%'")).limit(20).all()
    return jsonify([{"id": r.id, "body": r.body} for r in reviews])
