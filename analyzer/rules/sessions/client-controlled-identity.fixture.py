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


from fastapi import FastAPI, Header, HTTPException

api = FastAPI()


@api.get("/admin")
def fastapi_admin(x_user_role: str = Header(...)):  # expect: PY-AUTH-CLIENT-IDENTITY
    if x_user_role != "admin":
        raise HTTPException(status_code=403)
    return {"ok": True}


@api.get("/lang")
def fastapi_lang(accept_language: str = Header("en")):  # ok: PY-AUTH-CLIENT-IDENTITY
    if accept_language == "fr":
        return {"hello": "bonjour"}
    return {"hello": "hello"}
