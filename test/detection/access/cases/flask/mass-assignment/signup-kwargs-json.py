from flask import Flask, jsonify, request
from werkzeug.security import generate_password_hash

from models import User, db

app = Flask(__name__)


@app.post("/api/signup")
def signup():
    data = dict(request.json)
    data["password_hash"] = generate_password_hash(data.pop("password"))
    user = User(**data)
    db.session.add(user)
    db.session.commit()
    return jsonify({"id": user.id}), 201
