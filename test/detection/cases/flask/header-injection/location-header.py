from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/session-info")
def session_info():
    resp = jsonify({"ok": True})
    resp.headers["X-Tenant"] = request.cookies.get("tenant", "default")
    return resp
