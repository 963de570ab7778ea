from flask import Flask, make_response
from flask_restful import Api, Resource, reqparse
from markupsafe import escape

from mailing import unsubscribe

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("email", type=str, required=True, location="args")


class Unsubscribe(Resource):
    def get(self):
        email = parser.parse_args()["email"]
        unsubscribe(email)
        resp = make_response(f"<html><body><p>{escape(email)} will no longer receive our newsletter.</p></body></html>")
        resp.headers["Content-Type"] = "text/html; charset=utf-8"
        return resp


api.add_resource(Unsubscribe, "/newsletter/unsubscribe")
