import logging

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("admin.actions")
ACTIONS = {"reindex", "flush", "rebuild-thumbnails"}


@app.post("/admin/actions")
def run_action():
    action = request.form.get("action", "")
    if action not in ACTIONS:
        abort(400)
    log.info("admin action %s requested", action)
    return jsonify({"queued": action})
