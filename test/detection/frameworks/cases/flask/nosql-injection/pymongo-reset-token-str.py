from flask import Flask, abort, jsonify, request
from pymongo import MongoClient
from werkzeug.security import generate_password_hash

app = Flask(__name__)
users = MongoClient("mongodb://mongo:27017").app.users


@app.post("/password/reset")
def reset_password():
    body = request.get_json()
    token = body.get("token")
    if not isinstance(token, str) or len(token) < 32:
        abort(400)
    result = users.update_one(
        {"reset_token": token},
        {"$set": {"password_hash": generate_password_hash(body["new_password"])}, "$unset": {"reset_token": ""}},
    )
    if result.matched_count == 0:
        abort(400)
    return jsonify({"ok": True})
