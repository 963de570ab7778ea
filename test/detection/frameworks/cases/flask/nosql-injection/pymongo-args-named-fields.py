from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
listings = MongoClient("mongodb://mongo:27017").realty.listings
FILTERABLE = ("city", "district", "property_type")


@app.get("/listings")
def search_listings():
    criteria = {field: request.args[field] for field in FILTERABLE if field in request.args}
    criteria["published"] = True
    return jsonify(list(listings.find(criteria, {"_id": 0}).limit(100)))
