import sqlite3

from flask import request
from werkzeug.security import check_password_hash

from .models import User

USERS = {"alice": "wonderland"}


def login():
    user = User.query.filter_by(username=request.form["username"]).first()
    if user.password == request.form["password"]:  # expect: PY-AUTH-PLAINTEXT-PASSWORD-COMPARE
        return "ok"
    if check_password_hash(user.password_hash, request.form["password"]):  # ok: PY-AUTH-PLAINTEXT-PASSWORD-COMPARE
        return "ok"
    return "no"


def register():
    password = request.form["password"]
    confirm_password = request.form["confirm_password"]
    if password != confirm_password:  # ok: PY-AUTH-PLAINTEXT-PASSWORD-COMPARE
        return "mismatch"
    return "ok"


def check_dict(username, password):
    return USERS.get(username) == password  # expect: PY-AUTH-PLAINTEXT-PASSWORD-COMPARE


def check_row(username, password):
    conn = sqlite3.connect("app.db")
    row = conn.execute("SELECT id, password FROM users WHERE username = ?", (username,)).fetchone()
    return row[1] == password  # expect: PY-AUTH-PLAINTEXT-PASSWORD-COMPARE


def check_sql(username, password):
    conn = sqlite3.connect("app.db")
    return conn.execute("SELECT id FROM users WHERE username = ? AND password = ?", (username, password)).fetchone()  # expect: PY-AUTH-PLAINTEXT-PASSWORD-COMPARE


def check_orm(username, password):
    return User.objects.filter(username=username, password=password).exists()  # expect: PY-AUTH-PLAINTEXT-PASSWORD-COMPARE


def check_orm_hashed(username, password):
    return User.objects.filter(username=username, password=hash_password(password)).exists()  # ok: PY-AUTH-PLAINTEXT-PASSWORD-COMPARE


def hash_password(p):
    return p
