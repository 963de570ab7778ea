from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient("mongodb://localhost:27017").admin_tool.orders


@app.get("/api/orders/big")
def big_orders():
    minimum = float(request.args.get("min", "100"))
    docs = orders.find({"total": {"$gt": minimum}}, {"_id": 0}).limit(50)
    return jsonify(list(docs))
