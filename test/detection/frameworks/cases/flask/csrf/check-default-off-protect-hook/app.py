import os

from flask import Flask, redirect, request, url_for
from flask_login import LoginManager, current_user, login_required
from flask_wtf.csrf import CSRFProtect

from api import bp as api_bp
from profiles import update_profile

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_CHECK_DEFAULT"] = False
csrf = CSRFProtect(app)
login_manager = LoginManager(app)
app.register_blueprint(api_bp, url_prefix="/api")


@app.before_request
def protect_browser_forms():
    # The /api blueprint authenticates with bearer tokens and sends no cookies.
    if request.blueprint != "api":
        csrf.protect()


@app.post("/profile")
@login_required
def profile():
    update_profile(current_user.id, display_name=request.form["display_name"], phone=request.form.get("phone"))
    return redirect(url_for("profile_page"))


@app.get("/profile")
@login_required
def profile_page():
    return {"display_name": current_user.display_name}
