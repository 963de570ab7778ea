from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from models import db

bp = Blueprint("settings", __name__)


@bp.get("/")
@login_required
def show():
    return render_template("settings.html", user=current_user)


@bp.post("/email")
@login_required
def change_email():
    current_user.email = request.form["email"]
    db.session.commit()
    flash("Email updated")
    return redirect(url_for("settings.show"))


@bp.post("/forwarding")
@login_required
def set_forwarding():
    current_user.forward_to = request.form.get("forward_to") or None
    db.session.commit()
    return redirect(url_for("settings.show"))
