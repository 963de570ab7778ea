from flask import Flask, redirect, render_template, request, session, url_for
from flask_login import LoginManager, login_user
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)
app.config.from_prefixed_env()
login_manager = LoginManager(app)
login_manager.session_protection = "strong"


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = User.query.filter_by(username=request.form["username"]).first()
        if user and check_password_hash(user.password_hash, request.form["password"]):
            login_user(user, remember=request.form.get("remember") == "on")
            session["ui_theme"] = user.theme
            return redirect(url_for("dashboard"))
    return render_template("login.html")
