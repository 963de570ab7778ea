from flask import Flask
from flask_restful import Api, Resource, reqparse
from pymongo import MongoClient

app = Flask(__name__)
api = Api(app)
orders = MongoClient()["shop"]["orders"]
parser = reqparse.RequestParser()
parser.add_argument("status", type=str, location="json", required=True)
parser.add_argument("customer", type=str, location="json", required=True)


class OrderSearch(Resource):
    def post(self):
        args = parser.parse_args()
        spec = {"status": args["status"], "customer": args["customer"]}
        return [{"id": str(o["_id"]), "total": o["total"]} for o in orders.find(spec).limit(20)]


api.add_resource(OrderSearch, "/orders/search")
