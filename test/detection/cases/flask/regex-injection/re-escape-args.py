import re

from flask import Flask, jsonify, request

app = Flask(__name__)
ROUTES = ["/admin/users", "/admin/orders", "/admin/cache"]


@app.get("/admin/routes")
def match_routes():
    needle = re.compile(".*" + re.escape(request.args.get("q", "")) + ".*")
    return jsonify([r for r in ROUTES if needle.fullmatch(r)])
