import subprocess

from flask import Flask
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)
lookup_args = reqparse.RequestParser()
lookup_args.add_argument("rtype", choices=("A", "AAAA", "MX", "TXT"), required=True)


class Lookup(Resource):
    def post(self):
        rtype = lookup_args.parse_args()["rtype"]
        out = subprocess.run(["dig", "+short", "example.com", rtype], capture_output=True, text=True).stdout
        return {"output": out}


api.add_resource(Lookup, "/dns/lookup")
