import shlex

import redis
from flask import Flask, jsonify, request
from flask_login import login_required

app = Flask(__name__)
r = redis.Redis(host="redis", decode_responses=True)


@app.post("/support/cache")
@login_required
def cache_console():
    command = request.form["command"]
    return jsonify({"result": r.execute_command(*shlex.split(command))})
