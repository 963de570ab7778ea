from flask import Flask, make_response, request
from flask_restful import Api, Resource

app = Flask(__name__)
api = Api(app)


class Badge(Resource):
    def get(self):
        name = request.args.get("name", "")
        resp = make_response(f"<div class='badge'>{name}</div>")
        resp.headers["Content-Type"] = "text/html"
        return resp


api.add_resource(Badge, "/badge")
