from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient("mongodb://localhost:27017").admin_tool.users


@app.get("/api/users/by-email")
def by_email():
    email = str(request.args.get("email", "")).lower()
    doc = users.find_one({"email": email}, {"_id": 0, "password_hash": 0})
    return jsonify(doc or {})
