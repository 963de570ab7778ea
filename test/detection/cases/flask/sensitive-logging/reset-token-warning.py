import logging
import secrets

from flask import Flask, request

from .mail import send_reset
from .models import User, db

app = Flask(__name__)


@app.post("/password/forgot")
def forgot():
    user = User.query.filter_by(email=request.form["email"]).first()
    if user is not None:
        user.reset_token = secrets.token_urlsafe(32)
        db.session.commit()
        logging.warning("password reset for %s with token %s", user.email, user.reset_token)
        send_reset(user.email, user.reset_token)
    return {"detail": "check your inbox"}
