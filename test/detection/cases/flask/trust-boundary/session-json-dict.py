import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["ADMIN_SECRET_KEY"]


@app.post("/api/prefs")
def save_prefs():
    prefs = request.get_json(silent=True) or {}
    session.update({"locale": prefs.get("locale"), "timezone": prefs.get("timezone")})
    return jsonify({"saved": True})
