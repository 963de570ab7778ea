from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient("mongodb://localhost:27017").admin_tool.users


@app.post("/api/users/search")
def search_users():
    query = request.get_json()
    return jsonify(list(users.find(query, {"_id": 0, "password_hash": 0}).limit(20)))
