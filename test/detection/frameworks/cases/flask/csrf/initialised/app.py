from flask import Flask, redirect, render_template, session, url_for
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import EmailField
from wtforms.validators import DataRequired, Email

app = Flask(__name__)
app.config["SECRET_KEY"] = "set-from-env"
csrf = CSRFProtect()
csrf.init_app(app)


class EmailChangeForm(FlaskForm):
    email = EmailField("New email", validators=[DataRequired(), Email()])


@app.route("/settings/email", methods=["GET", "POST"])
def change_email():
    if "user_id" not in session:
        return redirect(url_for("login"))
    form = EmailChangeForm()
    if form.validate_on_submit():
        update_email(session["user_id"], form.email.data)
        return redirect(url_for("change_email"))
    return render_template("email.html", form=form)


@app.get("/login")
def login():
    return "login"


def update_email(user_id, email):
    return {"id": user_id, "email": email}
