import re

from flask import Flask, jsonify

app = Flask(__name__)
ROUTES = ["/admin/users", "/admin/orders", "/admin/cache"]


@app.get("/admin/routes/<pattern>")
def match_routes(pattern):
    return jsonify([r for r in ROUTES if re.match(pattern, r)])
