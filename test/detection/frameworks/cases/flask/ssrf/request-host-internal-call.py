import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/dashboard/summary")
def summary():
    stats = requests.get(f"http://{request.host}/internal/stats", timeout=3).json()
    return jsonify(stats)
