import base64
import pickle

from flask import Flask, request
from flask_restful import Api, Resource

app = Flask(__name__)
api = Api(app)


class Models(Resource):
    def post(self):
        model = pickle.loads(base64.b64decode(request.json["model"]))
        return {"type": type(model).__name__}, 201


api.add_resource(Models, "/models")
