from django.contrib.auth import authenticate, login
from django.shortcuts import redirect
from flask import session

from .models import User


def django_login(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is not None:
        request.session["user_id"] = user.id  # expect: PY-SESSION-FIXATION
    return redirect("/")


def django_login_rotated(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is not None:
        request.session.cycle_key()
        request.session["user_id"] = user.id  # ok: PY-SESSION-FIXATION
    return redirect("/")


def django_login_builtin(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    login(request, user)
    request.session["user_id"] = user.id  # ok: PY-SESSION-FIXATION
    return redirect("/")


def flask_login(form):
    user = User.query.filter_by(email=form.email.data).first()
    if user and user.check_password(form.password.data):
        session["logged_in"] = True  # expect: PY-SESSION-FIXATION
        session["username"] = user.username  # expect: PY-SESSION-FIXATION


def flask_login_cleared(form):
    user = User.query.filter_by(email=form.email.data).first()
    if user and user.check_password(form.password.data):
        session.clear()
        session["user_id"] = user.id  # ok: PY-SESSION-FIXATION
        session["theme"] = "dark"  # ok: PY-SESSION-FIXATION
