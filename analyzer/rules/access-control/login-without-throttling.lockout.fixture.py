# A hand-written failure counter: the handler that keeps one is limited; another login of the same
# project may be limited the same way through code the scan does not follow, so it is for review.
from flask import Flask, abort, request, session
from werkzeug.security import check_password_hash

from accounts.db import User, db, find_user

app = Flask(__name__)
MAX_FAILURES = 5


@app.post("/login")
def login():  # ok: PY-AUTH-NO-THROTTLE
    user = find_user(request.form["username"])
    if user is None:
        abort(401)
    if user.failed_logins >= MAX_FAILURES:
        abort(429)
    if not check_password_hash(user.password_hash, request.form["password"]):
        user.failed_logins += 1
        db.session.commit()
        abort(401)
    session["user_id"] = user.id
    return "ok"


@app.post("/admin/login")
def admin_login():  # hotspot: PY-AUTH-NO-THROTTLE
    user = User.query.filter_by(name=request.form["username"], is_staff=True).first()
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        abort(401)
    session["user_id"] = user.id
    return "ok"
