from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import redirect


def login_done(request, user, token):
    response = redirect("/account/")
    response.set_cookie("remember_token", token, max_age=30 * 86400)  # expect: PY-COOKIE-FLAGS
    response.set_cookie("session_hint", user.pk, secure=True)  # expect: PY-COOKIE-FLAGS
    response.set_cookie("auth", token, secure=True, httponly=True, samesite="Lax")  # ok: PY-COOKIE-FLAGS
    response.set_cookie(  # ok: PY-COOKIE-FLAGS
        "device",
        token,
        secure=not settings.DEBUG,
        httponly=True,
    )
    response.set_cookie("auth2", token, **settings.AUTH_COOKIE_OPTIONS)  # ok: PY-COOKIE-FLAGS
    response.set_cookie("tracking", "1", secure=False, httponly=True)  # expect: PY-COOKIE-FLAGS
    response.set_cookie("theme", "dark", secure=True, samesite="Lax")  # ok: PY-COOKIE-FLAGS
    return response


def preferences(request):
    response = JsonResponse({"ok": True})
    response.delete_cookie("remember_token")  # ok: PY-COOKIE-FLAGS
    return response


def logout(request):
    response = redirect("/")
    response.set_cookie("remember_token", "", max_age=0, expires="Thu, 01 Jan 1970 00:00:00 GMT")  # ok: PY-COOKIE-FLAGS
    return response


def add_logout_reason(request, response, reason):
    # A ten-second message cookie shown on the login page.
    response.set_cookie("logout_reason", reason, max_age=10)  # hotspot: PY-COOKIE-FLAGS
    response.set_cookie("remember_me", reason, max_age=10)  # expect: PY-COOKIE-FLAGS


def save_config_value(request, response, key, value):
    # A helper: the cookie's name is the caller's.
    response.set_cookie(key, value)  # hotspot: PY-COOKIE-FLAGS
    return response
