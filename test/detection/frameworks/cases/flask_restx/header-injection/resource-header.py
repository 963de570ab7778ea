from flask import Flask, make_response
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)


@api.route("/cache/purge")
class Purge(Resource):
    def post(self):
        tag = api.payload["tag"]
        resp = make_response({"purged": tag})
        resp.headers["Surrogate-Key"] = tag
        return resp
