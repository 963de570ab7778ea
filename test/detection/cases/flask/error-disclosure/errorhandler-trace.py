import traceback

from flask import Flask, jsonify

app = Flask(__name__)


@app.errorhandler(Exception)
def handle_any(e):
    return jsonify(error=str(e), trace=traceback.format_exc()), 500


@app.get("/stats")
def stats():
    from .metrics import compute
    return jsonify(compute())
