from django.contrib.auth import update_session_auth_hash
from django.shortcuts import redirect
from flask import Flask, request
from flask_login import current_user
from werkzeug.security import generate_password_hash

from .models import db

app = Flask(__name__)


def change_password(request):
    user = request.user
    user.set_password(request.POST["new_password"])  # ok: PY-SESSION-PASSWORD-CHANGE
    user.save()
    return redirect("/")


def change_password_ok(request):
    user = request.user
    user.set_password(request.POST["new_password"])  # ok: PY-SESSION-PASSWORD-CHANGE
    user.save()
    update_session_auth_hash(request, user)
    return redirect("/")


@app.route("/password", methods=["POST"])
def update_password():
    current_user.password_hash = generate_password_hash(request.form["password"])  # expect: PY-SESSION-PASSWORD-CHANGE
    db.session.commit()
    return redirect("/")


@app.route("/password2", methods=["POST"])
def update_password_ok():
    current_user.password_hash = generate_password_hash(request.form["password"])  # ok: PY-SESSION-PASSWORD-CHANGE
    current_user.session_version += 1
    db.session.commit()
    return redirect("/")


def register(request):
    user = request.user
    user.set_password(request.POST["password"])  # ok: PY-SESSION-PASSWORD-CHANGE
    user.save()
    return redirect("/")
