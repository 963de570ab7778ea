from flask import Flask, flash, redirect, session, url_for
from flask_login import LoginManager, login_required, logout_user

app = Flask(__name__)
app.config.from_prefixed_env()
login_manager = LoginManager(app)


@app.route("/logout", methods=["POST"])
@login_required
def logout():
    logout_user()
    session.clear()
    flash("Goodbye!")
    return redirect(url_for("index"))
