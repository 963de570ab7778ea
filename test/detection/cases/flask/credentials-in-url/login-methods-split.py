from flask import Flask, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)
app.config.from_prefixed_env()


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html", next=request.args.get("next", ""), email=request.args.get("email", ""))
    user = User.query.filter_by(email=request.form.get("email")).first()
    if user and check_password_hash(user.password_hash, request.form.get("password", "")):
        session.clear()
        session["uid"] = user.id
        return redirect(url_for("home"))
    return render_template("login.html", error="Invalid login"), 401
