from flask import Flask, render_template_string
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("body", type=str, required=True, location="json")
parser.add_argument("first_name", type=str, default="Ada", location="json")


class NotificationPreview(Resource):
    def post(self):
        args = parser.parse_args()
        return {"html": render_template_string(args["body"], first_name=args["first_name"])}


api.add_resource(NotificationPreview, "/notifications/preview")
