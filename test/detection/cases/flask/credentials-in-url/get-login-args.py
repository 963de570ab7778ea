from flask import Flask, redirect, request, session, url_for
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)
app.config.from_prefixed_env()


@app.route("/login", methods=["GET"])
def login():
    user = User.query.filter_by(email=request.args.get("email")).first()
    if user and check_password_hash(user.password_hash, request.args.get("password", "")):
        session.clear()
        session["uid"] = user.id
        return redirect(url_for("home"))
    return "invalid", 401
