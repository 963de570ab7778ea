from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)
CACHE = Path("/srv/admin/cache")


@app.delete("/cache")
def delete_cached():
    key = request.json["key"]
    target = CACHE / f"{key}.json"
    target.unlink(missing_ok=True)
    return jsonify({"deleted": key})
