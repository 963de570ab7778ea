from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app)


@app.post("/login")
def login():  # hotspot: PY-AUTH-NO-THROTTLE
    return check_password(request.form["user"], request.form["password"])


@app.post("/login/limited")
@limiter.limit("5/minute")
def login_limited():  # ok: PY-AUTH-NO-THROTTLE
    return check_password(request.form["user"], request.form["password"])


@app.get("/login")
def login_form():  # ok: PY-AUTH-NO-THROTTLE
    return "<form method=post>"


@app.post("/password/reset")
def reset_password():  # hotspot: PY-AUTH-NO-THROTTLE
    return send_reset(request.form["email"])


@app.post("/logout")
def logout():  # ok: PY-AUTH-NO-THROTTLE
    return "bye"


def check_password(user, password):
    return "ok"


def send_reset(email):
    return "sent"
