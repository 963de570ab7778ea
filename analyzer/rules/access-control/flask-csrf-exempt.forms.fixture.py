# assay-fixture: path=accounts/views.py
from flask import Flask, redirect, render_template, request
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, SearchField

app = Flask(__name__)


class SearchForm(FlaskForm):
    class Meta:
        csrf = False

    q = SearchField("Search")


class PasswordForm(FlaskForm):
    class Meta:
        csrf = False

    new_password = PasswordField("New password")


class EmailForm(FlaskForm):
    email = EmailField("New email")


@app.route("/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = PasswordForm()  # expect: PY-FLASK-CSRF-EXEMPT
    if form.validate_on_submit():
        current_user.set_password(form.new_password.data)
        return redirect("/")
    return render_template("password.html", form=form)


@app.get("/search")
@login_required
def search():
    form = SearchForm(request.args)  # ok: PY-FLASK-CSRF-EXEMPT
    return render_template("search.html", form=form)


@app.route("/email", methods=["GET", "POST"])
@login_required
def change_email():
    form = EmailForm()  # ok: PY-FLASK-CSRF-EXEMPT
    if form.validate_on_submit():
        current_user.email = form.email.data
    return render_template("email.html", form=form)
