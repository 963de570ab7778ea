from flask import Flask, jsonify, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from accounts import reset_with_code, send_reset_code

app = Flask(__name__)
limiter = Limiter(get_remote_address, app=app)


@app.post("/password/forgot")
@limiter.limit("3 per hour")
def forgot_password():
    send_reset_code(request.form["email"])
    return jsonify({"sent": True})


@app.post("/password/reset")
@limiter.limit("5 per 15 minutes", key_func=lambda: request.form.get("email", ""))
def reset_password():
    ok = reset_with_code(request.form["email"], request.form["code"], request.form["new_password"])
    return jsonify({"ok": ok}), (200 if ok else 400)
