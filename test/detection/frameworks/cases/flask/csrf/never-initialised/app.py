from flask import Flask, redirect, render_template, request, session, url_for
from flask_wtf import FlaskForm
from wtforms import EmailField

app = Flask(__name__)
app.config["SECRET_KEY"] = "set-from-env"
app.config["WTF_CSRF_ENABLED"] = False


class EmailChangeForm(FlaskForm):
    email = EmailField("New email")


@app.route("/settings/email", methods=["GET", "POST"])
def change_email():
    if "user_id" not in session:
        return redirect(url_for("login"))
    if request.method == "POST":
        update_email(session["user_id"], request.form["email"])
        return redirect(url_for("change_email"))
    return render_template("email.html", form=EmailChangeForm())


@app.get("/login")
def login():
    return "login"


def update_email(user_id, email):
    return {"id": user_id, "email": email}
