from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
recipes = MongoClient("mongodb://mongo:27017").kitchen.recipes


@app.get("/recipes/quick")
def quick_recipes():
    max_minutes = request.args.get("max_minutes", 30, type=int)
    cursor = recipes.find({"$expr": {"$lte": [{"$add": ["$prep_minutes", "$cook_minutes"]}, max_minutes]}}, {"_id": 0, "title": 1})
    return jsonify(list(cursor.limit(50)))
