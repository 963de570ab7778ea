import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/internal/jobs")
def enqueue_job():
    job = json.loads(request.data)
    return jsonify({"job": str(job.get("name", "unknown"))}), 202
