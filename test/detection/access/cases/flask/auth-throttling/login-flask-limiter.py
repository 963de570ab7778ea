from flask import Flask, flash, redirect, render_template, request, url_for
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager, login_user
from werkzeug.security import check_password_hash

from models import User

app = Flask(__name__)
login_manager = LoginManager(app)
limiter = Limiter(get_remote_address, app=app, storage_uri="redis://localhost:6379")


@app.route("/login", methods=["GET", "POST"])
@limiter.limit("5 per minute", methods=["POST"])
def login():
    if request.method == "POST":
        user = User.query.filter_by(email=request.form["email"]).first()
        if user and check_password_hash(user.password_hash, request.form["password"]):
            login_user(user)
            return redirect(url_for("index"))
        flash("Invalid email or password")
    return render_template("login.html")
