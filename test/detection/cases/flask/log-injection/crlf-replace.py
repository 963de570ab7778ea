import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("admin.search")


@app.get("/api/search")
def search():
    q = request.args.get("q", "")
    log.info("search query=%s", q.replace("\r", "\\r").replace("\n", "\\n"))
    return jsonify({"results": []})
