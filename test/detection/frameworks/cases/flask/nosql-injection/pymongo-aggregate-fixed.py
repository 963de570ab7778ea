from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient()["shop"]["orders"]


@app.post("/api/reports/custom")
def custom_report():
    year = int(request.get_json()["year"])
    pipeline = [
        {"$match": {"year": year}},
        {"$group": {"_id": "$month", "revenue": {"$sum": "$total"}}},
        {"$sort": {"_id": 1}},
    ]
    return jsonify(list(orders.aggregate(pipeline)))
