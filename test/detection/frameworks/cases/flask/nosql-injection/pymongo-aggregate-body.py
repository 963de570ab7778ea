from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient()["shop"]["orders"]


@app.post("/api/reports/custom")
def custom_report():
    pipeline = request.get_json()["pipeline"]
    return jsonify(list(orders.aggregate(pipeline)))
