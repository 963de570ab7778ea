import time

import redis
from flask import Flask, jsonify, request

app = Flask(__name__)
r = redis.Redis(host="redis")


@app.post("/drafts/<int:draft_id>/autosave")
def autosave(draft_id):
    title = request.form.get("title", "")
    r.execute_command("MSET", f"draft:{draft_id}:title", title, f"draft:{draft_id}:saved_at", int(time.time()))
    return jsonify({"saved": True})
