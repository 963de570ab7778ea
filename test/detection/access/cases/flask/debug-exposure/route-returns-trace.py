import sys
import traceback

from flask import Flask, jsonify, request

from gateway import charge

app = Flask(__name__)


@app.post("/api/pay")
def pay():
    try:
        receipt = charge(request.json["token"], int(request.json["amount"]))
    except Exception:
        return jsonify({"ok": False, "trace": traceback.format_tb(sys.exc_info()[2])}), 502
    return jsonify({"ok": True, "receipt": receipt})
