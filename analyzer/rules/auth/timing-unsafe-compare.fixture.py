import hashlib
import hmac

from django.conf import settings
from flask import abort, request

API_KEY = "k3y-from-env-in-real-life"


def webhook():
    signature = request.headers.get("X-Signature", "")
    expected = hmac.new(settings.WEBHOOK_SECRET.encode(), request.data, hashlib.sha256).hexdigest()
    if signature != expected:  # expect: PY-AUTH-TIMING-COMPARE
        abort(401)
    if not hmac.compare_digest(signature, expected):  # ok: PY-AUTH-TIMING-COMPARE
        abort(401)


def api():
    if request.headers.get("X-Api-Key") != settings.API_KEY:  # expect: PY-AUTH-TIMING-COMPARE
        abort(401)
    token = request.args.get("token")
    if token is None or token == "":  # ok: PY-AUTH-TIMING-COMPARE
        abort(401)
    token_type = request.args.get("token_type")
    if token_type == "bearer":  # ok: PY-AUTH-TIMING-COMPARE
        pass
    if len(token) == 32:  # ok: PY-AUTH-TIMING-COMPARE
        pass
    return "ok"


def csrf_cookie(request):
    # The client's cookie against its own sanitised copy: nothing secret on either side.
    cookie_token = request.COOKIES["csrftoken"]
    csrf_token = sanitize_token(cookie_token)
    if csrf_token != cookie_token:  # ok: PY-AUTH-TIMING-COMPARE
        return None
    return csrf_token


def permissions_cached(context):
    # Two values of the server-side session.
    session = context["request"].session
    return session["allowed"]["valid_for"] != session.get("token")  # ok: PY-AUTH-TIMING-COMPARE


def cached_client(request):
    # The cached client's token against the logged-in user's: both held by the server.
    user = request.user
    return getattr(request, "_keystone_client").auth_token == user.token.id  # ok: PY-AUTH-TIMING-COMPARE


def validate_request_token(client_key, token, lookup):
    # An OAuth 1 consumer key identifies the client; it is public.
    req_token = lookup(token)
    return req_token["consumer_id"] == client_key  # ok: PY-AUTH-TIMING-COMPARE


def service_auth(request):
    if request.headers.get("X-Service-Token") == settings.SERVICE_TOKEN:  # expect: PY-AUTH-TIMING-COMPARE
        return True
    return False
