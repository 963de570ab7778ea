import os

from flask import Flask, redirect, render_template, url_for
from flask_login import LoginManager, current_user, login_required
from werkzeug.security import generate_password_hash

from forms import ChangePasswordForm
from models import db

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
login_manager = LoginManager(app)


@app.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        current_user.password_hash = generate_password_hash(form.new_password.data)
        db.session.commit()
        return redirect(url_for("change_password"))
    return render_template("password.html", form=form)
