import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


@app.post("/hooks/payments")
def payments_hook():
    ts, _, sig = request.headers.get("X-Signature", "").partition(",")
    mac = hmac.new(WEBHOOK_SECRET, f"{ts}.".encode() + request.get_data(), hashlib.sha256).hexdigest()
    if hmac.compare_digest(mac, sig):
        return {"accepted": True}
    abort(400)
