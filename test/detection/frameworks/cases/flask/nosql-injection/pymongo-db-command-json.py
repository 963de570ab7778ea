from flask import Flask, jsonify, request
from flask_login import login_required
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://mongo:27017").analytics


@app.post("/admin/db/stats")
@login_required
def collection_stats():
    return jsonify(db.command(request.get_json()))
