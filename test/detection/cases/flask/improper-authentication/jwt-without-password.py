import datetime
import os

import jwt
from flask import Flask, jsonify, request

from .models import User

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


@app.post("/api/login")
def login():
    data = request.get_json()
    user = User.query.filter_by(username=data.get("username")).first_or_404()
    exp = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=30)
    token = jwt.encode({"sub": str(user.id), "exp": exp}, SECRET, algorithm="HS256")
    return jsonify(access_token=token)
