import json
import logging

from flask import Flask
from flask_restx import Api, Resource

app = Flask(__name__)
api = Api(app)
audit = logging.getLogger("audit")


@api.route("/invites/accept")
class AcceptInvite(Resource):
    def post(self):
        data = api.payload
        audit.warning("invite rejected for %s", json.dumps(data["username"]))
        return {"accepted": False}, 403
