from flask import Flask, jsonify, request

from accounts import reset_with_code, send_reset_code

app = Flask(__name__)


@app.post("/password/forgot")
def forgot_password():
    send_reset_code(request.form["email"])
    return jsonify({"sent": True})


@app.post("/password/reset")
def reset_password():
    ok = reset_with_code(request.form["email"], request.form["code"], request.form["new_password"])
    return jsonify({"ok": ok}), (200 if ok else 400)
