from flask import Flask, jsonify, request

app = Flask(__name__)


@app.before_request
def trace_request():
    app.logger.info("incoming %s %s headers=%s", request.method, request.path, dict(request.headers))


@app.get("/api/items")
def items():
    return jsonify([])
