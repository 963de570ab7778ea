import uuid

from flask import Flask, jsonify

app = Flask(__name__)


@app.errorhandler(Exception)
def handle_any(e):
    ref = uuid.uuid4().hex
    app.logger.exception("unhandled error %s: %s", ref, e)
    return jsonify(error="Something went wrong", reference=ref), 500


@app.get("/stats")
def stats():
    from .metrics import compute
    return jsonify(compute())
