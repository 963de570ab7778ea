import os

import jwt
from flask import Flask, jsonify, request
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)


@app.post("/api/token")
def issue_token():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        return jsonify(error="invalid credentials"), 401
    token = jwt.encode({"sub": user.id, "role": user.role}, os.environ["JWT_SECRET"], algorithm="HS256")
    return jsonify(token=token)
