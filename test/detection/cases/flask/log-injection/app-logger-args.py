from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/search")
def search():
    q = request.args.get("q", "")
    app.logger.info("search query=%s ip=%s", q, request.remote_addr)
    return jsonify({"results": []})
