from flask import Flask, abort, jsonify, request
from flask_login import login_required
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://mongo:27017").analytics
COLLECTIONS = {"pageviews", "sessions", "conversions"}


@app.post("/admin/db/stats")
@login_required
def collection_stats():
    name = request.get_json().get("collection")
    if name not in COLLECTIONS:
        abort(404)
    stats = db.command("collStats", name)
    return jsonify({"count": stats["count"], "size": stats["size"]})
