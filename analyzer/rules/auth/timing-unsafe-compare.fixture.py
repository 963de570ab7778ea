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
