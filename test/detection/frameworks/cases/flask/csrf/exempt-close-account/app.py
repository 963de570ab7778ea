import os

from flask import Flask, redirect, url_for
from flask_login import LoginManager, current_user, login_required, logout_user
from flask_wtf.csrf import CSRFProtect

from accounts import close_account

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)
login_manager = LoginManager(app)


@app.route("/settings/close", methods=["POST"])
@csrf.exempt
@login_required
def close():
    close_account(current_user.id)
    logout_user()
    return redirect(url_for("goodbye"))


@app.get("/goodbye")
def goodbye():
    return "Your account has been closed."
