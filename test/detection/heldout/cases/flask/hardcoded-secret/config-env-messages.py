import os

from flask import Flask, jsonify, request

app = Flask(__name__)
API_TOKEN = os.getenv("PARTNER_API_TOKEN")
TOKEN_EXPIRED_MESSAGE = "Your session token expired. Please sign in again."
PASSWORD_FIELD = "password"


@app.get("/partner/feed")
def feed():
    if request.headers.get("Authorization") is None:
        return jsonify(error=TOKEN_EXPIRED_MESSAGE), 401
    from .partner import fetch_feed
    return jsonify(fetch_feed(API_TOKEN))
