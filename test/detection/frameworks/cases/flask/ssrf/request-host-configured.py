import requests
from flask import Flask, jsonify

app = Flask(__name__)
app.config["STATS_URL"] = "http://stats.internal:8080/internal/stats"


@app.get("/dashboard/summary")
def summary():
    stats = requests.get(app.config["STATS_URL"], timeout=3).json()
    return jsonify(stats)
