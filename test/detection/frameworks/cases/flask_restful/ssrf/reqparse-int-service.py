import requests
from flask import Flask
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("service", type=int, required=True, location="args")
SERVICES = ["https://billing.internal.example.com/health", "https://search.internal.example.com/health"]


class Health(Resource):
    def get(self):
        idx = parser.parse_args()["service"]
        if not 0 <= idx < len(SERVICES):
            return {"message": "unknown service"}, 404
        return {"status": requests.get(SERVICES[idx], timeout=4).status_code}


api.add_resource(Health, "/health")
