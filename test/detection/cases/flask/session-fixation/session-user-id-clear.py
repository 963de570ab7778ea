from flask import Flask, redirect, render_template, request, session, url_for
from flask_session import Session
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)
app.config.update(SESSION_TYPE="redis", SESSION_PERMANENT=False)
Session(app)


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = User.query.filter_by(username=request.form["username"]).first()
        if user and check_password_hash(user.password_hash, request.form["password"]):
            session.clear()
            session["user_id"] = user.id
            return redirect(url_for("dashboard"))
    return render_template("login.html")
