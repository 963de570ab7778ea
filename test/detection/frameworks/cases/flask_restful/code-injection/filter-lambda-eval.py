from flask import Flask
from flask_restful import Api, Resource, reqparse

from metrics import load_series

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("where", type=str, default="True", location="args")


class Series(Resource):
    def get(self, name):
        predicate = eval("lambda point: " + parser.parse_args()["where"])
        return [p for p in load_series(name) if predicate(p)]


api.add_resource(Series, "/series/<name>")
