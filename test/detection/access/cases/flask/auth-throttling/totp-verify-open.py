import pyotp
from flask import Flask, abort, redirect, request, session, url_for
from flask_login import login_user

from models import User

app = Flask(__name__)


@app.post("/login/2fa")
def verify_totp():
    user = User.query.get_or_404(session["pending_user_id"])
    if not pyotp.TOTP(user.totp_secret).verify(request.form["code"]):
        abort(401)
    session.pop("pending_user_id")
    login_user(user)
    return redirect(url_for("index"))
