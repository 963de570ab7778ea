from flask import Blueprint, redirect, render_template, request, url_for

from .auth import sign_in

bp = Blueprint("auth", __name__)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST" and sign_in(request.form["username"], request.form["password"]):
        return redirect(url_for("main.index"))
    return render_template("auth/login.html")
