from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

app = Flask(__name__)


@app.errorhandler(Exception)
def handle_unexpected(exc):
    if isinstance(exc, HTTPException):
        return exc
    app.logger.exception("unhandled error")
    return jsonify({"error": "internal server error"}), 500


@app.get("/api/stats")
def stats():
    from analytics import compute_stats

    return jsonify(compute_stats())
