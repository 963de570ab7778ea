import requests
from flask import Flask
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("url", required=True, location="json")


class Unfurl(Resource):
    def post(self):
        url = parser.parse_args()["url"]
        r = requests.get(url, timeout=4)
        return {"status": r.status_code, "bytes": len(r.content)}


api.add_resource(Unfurl, "/unfurl")
