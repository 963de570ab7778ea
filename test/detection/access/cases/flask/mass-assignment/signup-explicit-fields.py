from flask import Flask, jsonify, request
from werkzeug.security import generate_password_hash

from models import User, db

app = Flask(__name__)


@app.post("/api/signup")
def signup():
    data = request.json
    user = User(email=data["email"], name=data["name"], password_hash=generate_password_hash(data["password"]))
    db.session.add(user)
    db.session.commit()
    return jsonify({"id": user.id}), 201
