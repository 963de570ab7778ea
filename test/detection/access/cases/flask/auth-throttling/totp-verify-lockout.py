import pyotp
from flask import Flask, abort, redirect, request, session, url_for
from flask_login import login_user

from models import User, db

app = Flask(__name__)
MAX_FAILURES = 5


@app.post("/login/2fa")
def verify_totp():
    user = User.query.get_or_404(session["pending_user_id"])
    if user.totp_failures >= MAX_FAILURES:
        session.pop("pending_user_id", None)
        abort(429)
    if not pyotp.TOTP(user.totp_secret).verify(request.form["code"]):
        user.totp_failures += 1
        db.session.commit()
        abort(401)
    user.totp_failures = 0
    db.session.commit()
    session.pop("pending_user_id")
    login_user(user)
    return redirect(url_for("index"))
