from flask import Flask, jsonify, request
from marshmallow import Schema, fields
from pymongo import MongoClient

app = Flask(__name__)
orders = MongoClient("mongodb://mongo:27017").shop.orders


class OrderLookupSchema(Schema):
    email = fields.Raw(required=True)
    reference = fields.Raw(required=True)


@app.post("/orders/lookup")
def lookup_order():
    data = OrderLookupSchema().load(request.get_json())
    order = orders.find_one({"email": data["email"], "reference": data["reference"]}, {"_id": 0})
    return jsonify(order or {})
