from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
listings = MongoClient("mongodb://mongo:27017").realty.listings


@app.get("/listings")
def search_listings():
    criteria = request.args.to_dict()
    criteria["published"] = True
    return jsonify(list(listings.find(criteria, {"_id": 0}).limit(100)))
