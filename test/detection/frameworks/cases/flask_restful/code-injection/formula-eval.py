from flask import Flask, request
from flask_restful import Api, Resource

app = Flask(__name__)
api = Api(app)


class Metric(Resource):
    def post(self):
        data = request.get_json()
        values = {"revenue": 1200.0, "cost": 800.0, "users": 40}
        return {"value": eval(data["formula"], {"__builtins__": None}, values)}


api.add_resource(Metric, "/metrics/compute")
