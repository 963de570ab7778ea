import re

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/session-info")
def session_info():
    tenant = re.sub(r"[\r\n]", "", request.cookies.get("tenant", "default"))
    resp = jsonify({"ok": True})
    resp.headers["X-Tenant"] = tenant
    return resp
