import redis
from flask import Flask, abort, jsonify, request
from flask_login import login_required

app = Flask(__name__)
r = redis.Redis(host="redis", decode_responses=True)
INSPECT = {"ttl": r.ttl, "type": r.type, "strlen": r.strlen}


@app.post("/support/cache")
@login_required
def cache_console():
    action = INSPECT.get(request.form["action"])
    if action is None:
        abort(400)
    return jsonify({"result": action(f"cache:{request.form['key']}")})
