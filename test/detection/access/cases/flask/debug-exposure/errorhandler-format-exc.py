import traceback

from flask import Flask, jsonify

app = Flask(__name__)


@app.errorhandler(Exception)
def handle_unexpected(exc):
    return jsonify({"error": type(exc).__name__, "traceback": traceback.format_exc()}), 500


@app.get("/api/stats")
def stats():
    from analytics import compute_stats

    return jsonify(compute_stats())
