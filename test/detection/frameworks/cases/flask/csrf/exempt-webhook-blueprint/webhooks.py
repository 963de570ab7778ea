import hashlib
import hmac
import os

from flask import Blueprint, abort, request

from billing import record_event

bp = Blueprint("webhooks", __name__)
SIGNING_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


@bp.post("/payments")
def payments():
    expected = hmac.new(SIGNING_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        abort(400)
    record_event(request.get_json())
    return "", 204
