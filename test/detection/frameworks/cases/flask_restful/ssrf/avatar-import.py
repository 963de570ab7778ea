import requests
from flask import Flask
from flask_restful import Api, Resource, reqparse

from accounts import save_avatar

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("avatar_url", type=str, required=True, location="json")


class AvatarImport(Resource):
    def post(self, user_id):
        url = parser.parse_args()["avatar_url"]
        image = requests.get(url, timeout=5, stream=True)
        save_avatar(user_id, image.raw)
        return {"ok": True}


api.add_resource(AvatarImport, "/users/<int:user_id>/avatar/import")
