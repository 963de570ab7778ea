import redis
from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

app = Flask(__name__)
r = redis.Redis(host="redis")
PREFERENCES = {"theme", "language", "digest"}


@app.post("/profile/preference")
@login_required
def set_preference():
    body = request.get_json()
    if body.get("name") not in PREFERENCES:
        abort(400)
    r.hset(f"prefs:{current_user.id}", body["name"], str(body["value"]))
    return jsonify({"saved": body["name"]})
