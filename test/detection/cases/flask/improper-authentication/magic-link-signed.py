import os

from flask import Flask, abort, redirect, session, url_for
from flask_login import LoginManager, login_user
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from .models import User

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
login_manager = LoginManager(app)
links = URLSafeTimedSerializer(app.secret_key, salt="magic-link")


@app.get("/magic/<token>")
def magic_login(token):
    try:
        user_id = links.loads(token, max_age=900)
    except (BadSignature, SignatureExpired):
        abort(400)
    user = User.query.get_or_404(user_id)
    session.clear()
    login_user(user)
    return redirect(url_for("home"))
