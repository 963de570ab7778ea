import os

from bottle import abort, post, request, response
from werkzeug.security import check_password_hash

from .db import find_user

SECRET = os.environ["COOKIE_SECRET"]


@post("/login")
def login():
    user = find_user(request.forms.get("username"))
    if user is None or not check_password_hash(user.password_hash, request.forms.get("password", "")):
        abort(401, "Invalid credentials")
    response.set_cookie("account", str(user.id), secret=SECRET, httponly=True)
    return {"ok": True}

