import subprocess

from flask import Flask
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)
lookup_args = reqparse.RequestParser()
lookup_args.add_argument("name", required=True)


class Lookup(Resource):
    def post(self):
        name = lookup_args.parse_args()["name"]
        out = subprocess.getoutput("nslookup " + name)
        return {"output": out}


api.add_resource(Lookup, "/dns/lookup")
