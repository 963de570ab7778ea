from flask import Flask, flash, redirect, session, url_for
from flask_login import LoginManager, login_required

app = Flask(__name__)
app.config.from_prefixed_env()
login_manager = LoginManager(app)


@app.route("/logout")
@login_required
def logout():
    session.pop("basket", None)
    flash("Goodbye!")
    return redirect(url_for("index"))
