from flask import Flask, jsonify, request

from .tools import archive_logs

app = Flask(__name__)


@app.post("/admin/logs/archive")
def archive():
    rc = archive_logs("shop-web", compress=request.form.get("compress", "gzip"))
    return jsonify({"ok": rc == 0})
