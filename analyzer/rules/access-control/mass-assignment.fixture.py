from flask import Flask, request
from flask_login import login_required

from tool.db import User, db

app = Flask(__name__)


@app.post("/users")
@login_required
def create_user():
    user = User(**request.get_json())  # expect: PY-AUTHZ-MASS-ASSIGNMENT
    db.session.add(user)
    return "ok"


@app.post("/users/<int:uid>")
@login_required
def update_user(uid):
    user = User.query.get_or_404(uid)
    data = request.get_json()
    for key, value in data.items():
        setattr(user, key, value)  # hotspot: PY-AUTHZ-MASS-ASSIGNMENT
    return "ok"


@app.post("/users/explicit")
@login_required
def create_user_explicit():
    data = request.get_json()
    user = User(name=data["name"], email=data["email"])  # ok: PY-AUTHZ-MASS-ASSIGNMENT
    db.session.add(user)
    return "ok"
