# A Flask app with no limiter, lockout or failure counter anywhere: a routed login that checks the
# password is a vulnerability; an endpoint named for one that checks no credential is for review.
from flask import Flask, abort, jsonify, request, session
from werkzeug.security import check_password_hash

from accounts.db import find_user, send_reset_mail

app = Flask(__name__)


@app.post("/login")
def login():  # expect: PY-AUTH-NO-THROTTLE
    user = find_user(request.form["username"])
    if user is None or not check_password_hash(user.password_hash, request.form["password"]):
        abort(401)
    session["user_id"] = user.id
    return "ok"


@app.route("/api/token", methods=["POST", "PUT"])
def issue_token():  # expect: PY-AUTH-NO-THROTTLE
    user = find_user(request.json["username"])
    if user is None or not check_password_hash(user.password_hash, request.json["password"]):
        abort(401)
    return jsonify(token=user.new_token())


@app.post("/password/forgot")
def forgot_password():  # hotspot: PY-AUTH-NO-THROTTLE
    send_reset_mail(request.form["email"])
    return "sent"


@app.get("/login")
def login_form():  # ok: PY-AUTH-NO-THROTTLE
    return "<form method=post>"
