from flask import Flask
from flask_restx import Api, Resource
from pymongo import MongoClient

app = Flask(__name__)
api = Api(app)
devices = MongoClient("mongodb://mongo:27017").fleet.devices


@api.route("/devices/search")
class DeviceSearch(Resource):
    def post(self):
        query = api.payload.get("query", {})
        return [{"serial": d["serial"], "model": d["model"]} for d in devices.find(query, limit=100)]
