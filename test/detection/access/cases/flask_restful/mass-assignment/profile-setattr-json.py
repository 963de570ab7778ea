from flask import Flask, request
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required
from flask_restful import Api, Resource, reqparse

from .models import User, db

app = Flask(__name__)
app.config.from_prefixed_env()
api = Api(app)
JWTManager(app)


class ProfileResource(Resource):
    method_decorators = [jwt_required()]

    def put(self):
        user = db.session.get(User, int(get_jwt_identity()))
        for key, value in request.get_json().items():
            setattr(user, key, value)
        db.session.commit()
        return {"ok": True}


api.add_resource(ProfileResource, "/me")
