import base64
import json

from flask import Flask, request
from flask_restful import Api, Resource

app = Flask(__name__)
api = Api(app)


class Models(Resource):
    def post(self):
        config = json.loads(base64.b64decode(request.json["config"]))
        return {"keys": sorted(config)}, 201


api.add_resource(Models, "/models")
