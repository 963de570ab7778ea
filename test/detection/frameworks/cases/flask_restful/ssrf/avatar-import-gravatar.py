import hashlib

import requests
from flask import Flask
from flask_restful import Api, Resource, reqparse

from accounts import save_avatar

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
parser.add_argument("email", type=str, required=True, location="json")


class AvatarImport(Resource):
    def post(self, user_id):
        email = parser.parse_args()["email"].strip().lower()
        digest = hashlib.md5(email.encode()).hexdigest()
        image = requests.get(f"https://www.gravatar.com/avatar/{digest}?s=256&d=404", timeout=5, stream=True)
        save_avatar(user_id, image.raw)
        return {"ok": True}


api.add_resource(AvatarImport, "/users/<int:user_id>/avatar/import")
