import urllib3
from flask import Flask, jsonify, request

app = Flask(__name__)
http = urllib3.PoolManager(timeout=5.0)


@app.post("/feeds/validate")
def validate_feed():
    resp = http.request("GET", request.json["feed_url"])
    return jsonify({"status": resp.status, "bytes": len(resp.data)})
