from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///carts.db"
db = SQLAlchemy(app)


@app.delete("/cart")
def clear_cart():
    token = request.cookies.get("cart_token", "")
    db.session.execute(text("DELETE FROM cart_items WHERE cart_token = :token"), {"token": token})
    db.session.commit()
    return jsonify({"cleared": True})
