import json
import urllib.request

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/admin/sync")
def sync_partner():
    data = request.get_json()
    host = data.get("partner_host", "partner.example")
    req = urllib.request.Request(f"https://{host}/api/catalog", headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        catalog = json.load(resp)
    return jsonify({"items": len(catalog)})
