import logging

from flask import Flask, abort, request
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():  # hotspot: PY-LOG-AUTH-EVENT-UNLOGGED
    user = User.query.filter_by(username=request.form["username"]).first()
    if not user or not check_password_hash(user.password_hash, request.form["password"]):
        return "invalid", 401
    return "ok"


@app.route("/signin", methods=["POST"])
def signin():  # ok: PY-LOG-AUTH-EVENT-UNLOGGED
    user = User.query.filter_by(username=request.form["username"]).first()
    if not user or not check_password_hash(user.password_hash, request.form["password"]):
        log.warning("failed login for %s", request.form["username"])
        return "invalid", 401
    return "ok"


@app.route("/admin")
def admin():
    if not is_admin():
        abort(403)  # hotspot: PY-LOG-AUTH-EVENT-UNLOGGED
    return "admin"


@app.route("/admin2")
def admin2():
    if not is_admin():
        log.warning("access denied to /admin2")
        abort(403)  # ok: PY-LOG-AUTH-EVENT-UNLOGGED
    return "admin"


def is_admin():
    return False
