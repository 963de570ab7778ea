import logging

from flask import Flask, jsonify, request

from gateway import GatewayError, charge

app = Flask(__name__)
log = logging.getLogger("payments")


@app.post("/api/pay")
def pay():
    try:
        receipt = charge(request.json["token"], int(request.json["amount"]))
    except GatewayError:
        log.exception("charge failed")
        return jsonify({"ok": False, "code": "payment_failed"}), 502
    return jsonify({"ok": True, "receipt": receipt})
