from flask import Flask, render_template_string
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("body", type=str, required=True, location="json")
parser.add_argument("first_name", type=str, default="Ada", location="json")
LAYOUT = "<p>Hi {{ first_name }},</p><div>{{ body }}</div>"


class NotificationPreview(Resource):
    def post(self):
        args = parser.parse_args()
        return {"html": render_template_string(LAYOUT, first_name=args["first_name"], body=args["body"])}


api.add_resource(NotificationPreview, "/notifications/preview")
