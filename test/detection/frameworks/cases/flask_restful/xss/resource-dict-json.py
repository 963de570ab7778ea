from flask import Flask, request
from flask_restful import Api, Resource

app = Flask(__name__)
api = Api(app)


class Badge(Resource):
    def get(self):
        name = request.args.get("name", "")
        return {"badge": f"<div class='badge'>{name}</div>", "name": name}


api.add_resource(Badge, "/badge")
