from flask import Flask, jsonify, request

app = Flask(__name__)
API_TOKEN = "7f3c9a1e5b2d8f4a6c0e1b3d5f7a9c2e"
TOKEN_EXPIRED_MESSAGE = "Your session token expired. Please sign in again."
PASSWORD_FIELD = "password"


@app.get("/partner/feed")
def feed():
    if request.headers.get("Authorization") is None:
        return jsonify(error=TOKEN_EXPIRED_MESSAGE), 401
    from .partner import fetch_feed
    return jsonify(fetch_feed(API_TOKEN))
