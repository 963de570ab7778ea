from flask import Flask, request
from flask_jwt_extended import JWTManager, create_access_token
from flask_restful import Api, Resource, abort
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)
app.config.from_prefixed_env()
api = Api(app)
JWTManager(app)


class TokenResource(Resource):
    def post(self):
        body = request.get_json(force=True)
        user = User.query.filter_by(email=body.get("email", "").lower()).first()
        if user is None or not check_password_hash(user.password_hash, body.get("password", "")):
            abort(401, message="invalid credentials")
        return {"access_token": create_access_token(identity=str(user.id))}


api.add_resource(TokenResource, "/auth/token")
