from flask import Flask, request
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required
from flask_restful import Api, Resource, reqparse

from .models import User, db

app = Flask(__name__)
app.config.from_prefixed_env()
api = Api(app)
JWTManager(app)

parser = reqparse.RequestParser()
parser.add_argument("display_name", type=str)
parser.add_argument("phone", type=str)
parser.add_argument("locale", type=str, choices=("en", "de", "fr"))


class ProfileResource(Resource):
    method_decorators = [jwt_required()]

    def put(self):
        user = db.session.get(User, int(get_jwt_identity()))
        args = parser.parse_args()
        for key, value in args.items():
            if value is not None:
                setattr(user, key, value)
        db.session.commit()
        return {"ok": True}


api.add_resource(ProfileResource, "/me")
