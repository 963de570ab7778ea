import os

from flask import Flask, redirect, render_template, request, url_for
from flask_login import LoginManager, current_user, login_required
from werkzeug.security import generate_password_hash

from forms import ChangePasswordForm, SearchForm
from models import Article, db

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
login_manager = LoginManager(app)


@app.get("/search")
def search():
    form = SearchForm(request.args)
    results = Article.query.filter(Article.title.contains(form.q.data or "")).limit(20).all() if form.validate() else []
    return render_template("search.html", form=form, results=results)


@app.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        current_user.password_hash = generate_password_hash(form.new_password.data)
        db.session.commit()
        return redirect(url_for("change_password"))
    return render_template("password.html", form=form)
