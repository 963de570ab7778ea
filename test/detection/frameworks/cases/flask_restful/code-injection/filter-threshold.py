from flask import Flask
from flask_restful import Api, Resource, reqparse

from metrics import load_series

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("min", type=float, default=float("-inf"), location="args")
parser.add_argument("max", type=float, default=float("inf"), location="args")


class Series(Resource):
    def get(self, name):
        args = parser.parse_args()
        return [p for p in load_series(name) if args["min"] <= p["value"] <= args["max"]]


api.add_resource(Series, "/series/<name>")
