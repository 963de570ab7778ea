import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/internal/jobs")
def enqueue_job():
    job = pickle.loads(request.get_data())
    return jsonify({"job": getattr(job, "name", "unknown")}), 202
