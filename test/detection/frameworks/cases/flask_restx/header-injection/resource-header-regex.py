import re

from flask import Flask, make_response
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)
TAG = re.compile(r"[A-Za-z0-9_-]{1,64}")


@api.route("/cache/purge")
class Purge(Resource):
    def post(self):
        tag = api.payload["tag"]
        if not TAG.fullmatch(tag):
            api.abort(400, "bad tag")
        resp = make_response({"purged": tag})
        resp.headers["Surrogate-Key"] = tag
        return resp
