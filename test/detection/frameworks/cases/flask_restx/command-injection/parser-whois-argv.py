import re
import subprocess

from flask import Flask
from flask_restx import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)
DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
whois_args = reqparse.RequestParser()
whois_args.add_argument("domain", type=str, required=True, location="args")


@api.route("/tools/whois")
class Whois(Resource):
    @api.expect(whois_args)
    def get(self):
        domain = whois_args.parse_args()["domain"].lower()
        if not DOMAIN.fullmatch(domain):
            api.abort(400, "not a domain name")
        out = subprocess.run(["whois", "--", domain], capture_output=True, text=True, timeout=15)
        return {"domain": domain, "whois": "\n".join(out.stdout.splitlines()[:40])}
