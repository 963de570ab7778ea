from django.http import HttpResponseForbidden
from flask import abort, request

from .models import User


def admin_panel(request):
    if request.COOKIES.get("is_admin") == "1":  # expect: PY-AUTH-CLIENT-IDENTITY
        return "admin"
    return HttpResponseForbidden()


def profile(request):
    uid = request.headers["X-User-Id"]  # expect: PY-AUTH-CLIENT-IDENTITY
    user = User.objects.get(id=uid)
    return user.name


def language(request):
    lang = request.COOKIES.get("lang", "en")  # ok: PY-AUTH-CLIENT-IDENTITY
    if lang == "fr":
        return "bonjour"
    agent = request.headers.get("User-Agent")  # ok: PY-AUTH-CLIENT-IDENTITY
    return agent


def flask_role():
    role = request.cookies.get("role")  # expect: PY-AUTH-CLIENT-IDENTITY
    if role != "admin":
        abort(403)
    name = request.headers.get("X-User")  # ok: PY-AUTH-CLIENT-IDENTITY
    return f"hello {name}"
