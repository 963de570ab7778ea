from flask import Flask, jsonify, request

from .tools import archive_logs

app = Flask(__name__)
COMPRESSORS = {"gz": "gzip", "xz": "xz", "zst": "zstd"}


@app.post("/admin/logs/archive")
def archive():
    rc = archive_logs("shop-web", compress=COMPRESSORS.get(request.form.get("format", "gz"), "gzip"))
    return jsonify({"ok": rc == 0})
