from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/items")
def items():
    per_page = int(request.args.get("per_page", 20))
    resp = jsonify({"items": [], "per_page": per_page})
    resp.headers["X-Per-Page"] = str(per_page)
    return resp
