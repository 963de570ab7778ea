import secrets

from flask import Flask, redirect, request, url_for
from werkzeug.security import check_password_hash

from .models import ApiToken, User, db

app = Flask(__name__)


@app.post("/login")
def login():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        return redirect(url_for("login_form", error=1))
    token = ApiToken(user_id=user.id, value=secrets.token_urlsafe(32))
    db.session.add(token)
    db.session.commit()
    return redirect(url_for("dashboard", token=token.value))
