from flask import Flask, jsonify, request

from .oauth import exchange_code, refresh

app = Flask(__name__)


@app.post("/oauth/token")
def token():
    grant_type = request.form.get("grant_type")
    if grant_type == "authorization_code":
        return jsonify(exchange_code(request.form))
    if grant_type == "refresh_token":
        return jsonify(refresh(request.form))
    return jsonify(error="unsupported_grant_type"), 400
