import os
from datetime import datetime, timedelta, timezone

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
    claims = {"sub": user.id, "role": user.role}
    claims["exp"] = datetime.now(timezone.utc) + timedelta(minutes=20)
    token = jwt.encode(claims, os.environ["JWT_SECRET"], algorithm="HS256")
    return jsonify(token=token)
