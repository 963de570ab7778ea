import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/admin/check")
def check_url():
    url = request.args["url"]
    try:
        r = requests.head(url, timeout=3, allow_redirects=False)
        return jsonify({"url": url, "status": r.status_code})
    except requests.RequestException as exc:
        return jsonify({"url": url, "error": str(exc)}), 502
