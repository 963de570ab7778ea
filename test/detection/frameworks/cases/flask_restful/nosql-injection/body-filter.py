from flask import Flask, request
from flask_restful import Api, Resource
from pymongo import MongoClient

app = Flask(__name__)
api = Api(app)
orders = MongoClient()["shop"]["orders"]


class OrderSearch(Resource):
    def post(self):
        spec = request.get_json()["filter"]
        return [{"id": str(o["_id"]), "total": o["total"]} for o in orders.find(spec).limit(20)]


api.add_resource(OrderSearch, "/orders/search")
