import os

from bottle import abort, post, request, response
from werkzeug.security import check_password_hash

from .db import find_user
from .throttle import failures

SECRET = os.environ["COOKIE_SECRET"]


@post("/login")
def login():
    ip = request.remote_addr
    if failures.count(ip, within=600) >= 10:
        abort(429, "Too many attempts")
    user = find_user(request.forms.get("username"))
    if user is None or not check_password_hash(user.password_hash, request.forms.get("password", "")):
        failures.record(ip)
        abort(401, "Invalid credentials")
    response.set_cookie("account", str(user.id), secret=SECRET, httponly=True)
    return {"ok": True}

