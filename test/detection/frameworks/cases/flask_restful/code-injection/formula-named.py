from flask import Flask, request
from flask_restful import Api, Resource

app = Flask(__name__)
api = Api(app)
METRICS = {
    "margin": lambda v: (v["revenue"] - v["cost"]) / v["revenue"],
    "arpu": lambda v: v["revenue"] / v["users"],
}


class Metric(Resource):
    def post(self):
        data = request.get_json()
        values = {"revenue": 1200.0, "cost": 800.0, "users": 40}
        fn = METRICS.get(data.get("metric"))
        if fn is None:
            return {"message": "unknown metric"}, 400
        return {"value": fn(values)}


api.add_resource(Metric, "/metrics/compute")
