import os

from flask import Flask
from flask_restx import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)
whois_args = reqparse.RequestParser()
whois_args.add_argument("domain", type=str, required=True, location="args")


@api.route("/tools/whois")
class Whois(Resource):
    @api.expect(whois_args)
    def get(self):
        domain = whois_args.parse_args()["domain"]
        stream = os.popen(f"whois {domain} | head -n 40")
        return {"domain": domain, "whois": stream.read()}
