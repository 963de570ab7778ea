import redis
from flask import Flask, jsonify, request
from flask_login import current_user, login_required

app = Flask(__name__)
r = redis.Redis(host="redis")


@app.post("/profile/preference")
@login_required
def set_preference():
    body = request.get_json()
    r.execute_command(f"HSET prefs:{current_user.id} {body['name']} {body['value']}")
    return jsonify({"saved": body["name"]})
