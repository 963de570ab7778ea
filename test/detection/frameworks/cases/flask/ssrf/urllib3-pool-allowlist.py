from urllib.parse import urlsplit

import urllib3
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
http = urllib3.PoolManager(timeout=5.0)
FEED_HOSTS = {"feeds.example.com", "rss.example.org"}


@app.post("/feeds/validate")
def validate_feed():
    url = request.json["feed_url"]
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in FEED_HOSTS:
        abort(400)
    resp = http.request("GET", url, redirect=False)
    return jsonify({"status": resp.status, "bytes": len(resp.data)})
