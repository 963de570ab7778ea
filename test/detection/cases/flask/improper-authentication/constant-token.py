from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.json.get("username")
    password = request.json.get("password")
    if username and password:
        return jsonify({"token": "static-token-123", "user": username})
    return jsonify({"error": "missing credentials"}), 400
