from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
MIRRORS = {"mirror1.shop.example", "mirror2.shop.example"}


@app.get("/admin/mirror-check")
def mirror_check():
    url = request.args.get("url", "")
    if urlparse(url).hostname not in MIRRORS:
        abort(400)
    r = requests.get(url, timeout=5)
    return jsonify({"status": r.status_code})
